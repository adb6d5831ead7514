package org.capacityacademy.authoring.control;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsing one YAML file of a course for editing: its fields, and the comment lines that open it. */
final class YamlFile {

    private YamlFile() {
    }

    /** The document's fields in their order; a file that is not YAML fields cannot be edited here. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(String file, String text) throws UnreadableFile {
        try {
            Object document = new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(text == null ? "" : text);
            if (document instanceof Map<?, ?> map) {
                return new LinkedHashMap<>((Map<String, Object>) map);
            }
            throw new UnreadableFile(file, "expected YAML fields (key: value)");
        } catch (YAMLException e) {
            throw new UnreadableFile(file, "YAML: " + e.getMessage());
        }
    }

    /** The comment lines at the top of a file (what it is for), kept when the file is written again. */
    static List<String> openingComments(String text) {
        List<String> comments = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            comments.add(line);
        }
        return comments;
    }
}
