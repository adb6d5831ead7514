package org.capacityacademy.authoring.insight.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.capacityacademy.reporting.control.CellGuard;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV download as the reports write theirs: UTF-8 with a byte order mark (so that Excel reads
 * the six languages right), RFC 4180 quoting by Commons CSV, every text cell neutralised against
 * formula injection ({@link CellGuard}: names and cohorts are typed by people), numbers as numbers.
 */
public final class CsvSheet implements Closeable {

    private final CSVPrinter printer;

    public CsvSheet(OutputStream out, List<String> headers) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(headers.stream().map(CellGuard::neutralise).toList());
    }

    /** One line: texts are neutralised, numbers written plainly, null left empty. */
    public void line(List<?> cells) throws IOException {
        List<String> values = new ArrayList<>();
        for (Object cell : cells) {
            values.add(cell == null ? "" : cell instanceof BigDecimal decimal ? decimal.toPlainString()
                    : cell instanceof Number number ? number.toString() : CellGuard.neutralise(cell.toString()));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
