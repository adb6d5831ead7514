package org.capacityacademy.reporting.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report's table as CSV (UTF-8 with a byte order mark, so that Excel reads the six
 * languages right; RFC 4180 quoting by Commons CSV) or as an XLSX workbook (fastexcel, streamed):
 * the headers, then one line per row, numbers as numbers. Every text cell is neutralised first
 * ({@link CellGuard}).
 */
public final class TableExport {

    private TableExport() {
    }

    public static void csv(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers().stream().map(CellGuard::neutralise).toList());
            for (ReportTable.Line line : table.lines()) {
                List<String> cells = new ArrayList<>();
                cells.add(CellGuard.neutralise(line.label()));
                for (Number value : line.values()) {
                    cells.add(value == null ? "" : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
                }
                printer.printRecord(cells);
            }
        }
    }

    public static void xlsx(ReportTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Capacity Academy", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, CellGuard.neutralise(table.headers().get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (ReportTable.Line line : table.lines()) {
            sheet.value(r, 0, CellGuard.neutralise(line.label()));
            List<Number> values = line.values();
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) {
                    sheet.value(r, c + 1, values.get(c));
                }
            }
            r++;
        }
        workbook.finish();
    }

    /** A sheet's name: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.isEmpty() ? "Report" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
