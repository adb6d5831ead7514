package org.capacityacademy.courseformat.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The one way course files' YAML is loaded, whoever sent it (a folder, a zip, a form): SnakeYAML
 * composes the document under limits (size, nesting, aliases, no duplicate keys), then anything a
 * course file never needs and a hostile file might use is refused with its line: anchors and
 * aliases (an alias bomb expands when the values are read, not when they are composed), and tags
 * other than YAML's own scalar and collection tags ({@code !!java...} and the like). Only then
 * are values built, by SnakeYAML's safe constructor.
 */
final class YamlLoading {

    /** Code points of one YAML document: far above any course file's header, far below memory trouble. */
    static final int MAX_CODE_POINTS = 1_000_000;
    /** Levels of nesting: course files use four at most. */
    static final int MAX_NESTING = 20;

    private static final Set<Tag> ALLOWED = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP, Tag.SEQ,
            Tag.TIMESTAMP);

    private static final java.util.regex.Pattern GLOBAL_TAG = java.util.regex.Pattern.compile("[Gg]lobal tag is not allowed: (\\S+)");
    private static final String ALIASES = "YAML: anchors and aliases (& and *) are not used in course files";

    private YamlLoading() {
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        return options;
    }

    /** A problem found while loading, at a line of the document (1 for the first). */
    static final class Refused extends Exception {
        final int line;

        Refused(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The document's node tree; null for an empty document. */
    static Node compose(String text) throws Refused {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new Refused(1, "YAML: the document is larger than " + MAX_CODE_POINTS + " characters");
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options()), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options())
                    .compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem());
            Matcher global = GLOBAL_TAG.matcher(problem);
            throw new Refused(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    global.find() ? "YAML: the tag " + global.group(1) + " is not used in course files" : "YAML: " + problem);
        } catch (YAMLException e) {
            throw new Refused(1, String.valueOf(e.getMessage()).contains("aliases") ? ALIASES : "YAML: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw new Refused(1, "YAML: the document cannot be read");
        }
        if (root != null) {
            check(root);
        }
        return root;
    }

    private static void check(Node node) throws Refused {
        int line = node.getStartMark().getLine() + 1;
        if (node.getAnchor() != null || node.getNodeId() == org.yaml.snakeyaml.nodes.NodeId.anchor) {
            throw new Refused(line, ALIASES);
        }
        if (!ALLOWED.contains(node.getTag())) {
            throw new Refused(line, "YAML: the tag " + node.getTag() + " is not used in course files");
        }
        if (node instanceof MappingNode mapping) {
            Set<String> keys = new java.util.HashSet<>();
            for (NodeTuple entry : mapping.getValue()) {
                if (!(entry.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key)) {
                    throw new Refused(entry.getKeyNode().getStartMark().getLine() + 1,
                            "YAML: a key must be a plain name, not a list or a map");
                }
                if (!keys.add(key.getValue())) {
                    throw new Refused(key.getStartMark().getLine() + 1, "YAML: the key '" + key.getValue() + "' appears twice");
                }
                check(entry.getKeyNode());
                check(entry.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                check(item);
            }
        }
    }

    /** The value a checked node stands for, as SnakeYAML's safe constructor builds it. */
    static Object value(Node node) {
        return new Values().of(node);
    }

    /** The value of every node of a checked document, built once; the caller does not change them. */
    static java.util.Map<Node, Object> values(Node root) {
        Values values = new Values();
        values.of(root);
        return values.built;
    }

    private static final class Values extends SafeConstructor {
        private final java.util.Map<Node, Object> built = new java.util.IdentityHashMap<>();

        Values() {
            super(options());
        }

        Object of(Node node) {
            return constructDocument(node);
        }

        @Override
        protected Object constructObject(Node node) {
            Object value = super.constructObject(node);
            built.put(node, value);
            return value;
        }
    }
}
