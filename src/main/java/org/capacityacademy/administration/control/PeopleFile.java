package org.capacityacademy.administration.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a CSV file of people (RFC 4180, as spreadsheets save it): strictly UTF-8 (a byte order
 * mark is accepted), the column names in the first row, then one person a row. Commas separate
 * values, or semicolons or tabs when the first row uses those (spreadsheets in many languages
 * save with semicolons). A file that cannot be read as a whole is a {@link FileProblem}.
 */
public final class PeopleFile {

    public static final int MAX_ROWS = 100_000;

    private final String text;
    private final char delimiter;

    /** A row of values by column (null where the file has no such column), numbered as a spreadsheet numbers it. */
    public record Row(int number, String[] values, boolean tooManyValues) {

        /** The value without surrounding spaces; empty when absent. */
        public String get(ImportColumn column) {
            String value = values[column.ordinal()];
            return value == null ? "" : value.strip();
        }
    }

    private PeopleFile(String text) {
        this.text = text;
        this.delimiter = delimiterOf(text);
    }

    /** The file's text, or why it is not UTF-8 (with the line of the first bad byte). */
    public static PeopleFile decode(byte[] bytes) throws FileProblemException {
        if (bytes == null || bytes.length == 0) {
            throw new FileProblemException(new FileProblem("import.file.empty", ""));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new FileProblemException(new FileProblem("import.file.encoding", String.valueOf(lineAt(bytes, in.position()))));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\u0000') >= 0) {
            // UTF-16 text without its byte order mark decodes as UTF-8 full of NUL characters
            throw new FileProblemException(new FileProblem("import.file.encoding", String.valueOf(lineOf(text, text.indexOf('\u0000')))));
        }
        return new PeopleFile(text);
    }

    /** Reads the file, handing each row to {@code rows}; the problem that stopped it, if any (rows handed before it are to be ignored). */
    public Optional<FileProblem> read(Consumer<Row> rows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int[] positions = null;
            int count = 0;
            for (CSVRecord record : parser) {
                if (positions == null) {
                    Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
                    Optional<FileProblem> problem = header(record, columns);
                    if (problem.isPresent()) {
                        return problem;
                    }
                    int[] header = new int[record.size()];
                    java.util.Arrays.fill(header, -1);
                    columns.forEach((column, index) -> header[index] = column.ordinal());
                    positions = header;
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    return Optional.of(new FileProblem("import.file.tooManyRows", String.valueOf(MAX_ROWS)));
                }
                String[] values = new String[ImportColumn.values().length];
                boolean tooMany = false;
                for (int i = 0; i < record.size(); i++) {
                    if (i < positions.length && positions[i] >= 0) {
                        values[positions[i]] = record.get(i);
                    } else if (i >= positions.length && !record.get(i).isBlank()) {
                        tooMany = true;
                    }
                }
                rows.accept(new Row((int) record.getRecordNumber(), values, tooMany));
            }
            if (positions == null) {
                return Optional.of(new FileProblem("import.file.empty", ""));
            }
            return count == 0 ? Optional.of(new FileProblem("import.file.noRows", "")) : Optional.empty();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // an unclosed quote, for instance: Commons CSV says where
            return Optional.of(new FileProblem("import.file.notCsv", String.valueOf(lineInMessage(e))));
        }
    }

    private static Optional<FileProblem> header(CSVRecord record, Map<ImportColumn, Integer> columns) {
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.of(name);
            if (column.isEmpty()) {
                unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
            } else if (!seen.add(column.get().header())) {
                return Optional.of(new FileProblem("import.file.duplicateColumn", column.get().header()));
            } else {
                columns.put(column.get(), i);
            }
        }
        List<String> missing = java.util.Arrays.stream(ImportColumn.values()).filter(ImportColumn::required)
                .filter(c -> !columns.containsKey(c)).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            return Optional.of(new FileProblem("import.file.missingColumns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new FileProblem("import.file.unknownColumns", String.join(", ", unknown)));
        }
        return Optional.empty();
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String lineInMessage(Exception e) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** A file that cannot be read at all. */
    public static class FileProblemException extends Exception {
        private final FileProblem problem;

        public FileProblemException(FileProblem problem) {
            super(problem.key());
            this.problem = problem;
        }

        public FileProblem problem() {
            return problem;
        }
    }
}
