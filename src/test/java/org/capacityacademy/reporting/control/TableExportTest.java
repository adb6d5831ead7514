package org.capacityacademy.reporting.control;

import org.capacityacademy.reporting.entity.ReportRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableExportTest {

    private static final ReportTable TABLE = new ReportTable("Figures by course",
            List.of("Course", "Enrolments", "Active learners", "Completions", "Completion rate (%)", "Average final score (%)",
                    "Median days to completion"),
            List.of(new ReportTable.Line("=HYPERLINK(\"http://evil\")", new ReportRow("1", 4, 3, 2, 0.5, new BigDecimal("82.5"), 12.25)),
                    new ReportTable.Line("Sécurité, \"TIC\" 中文", new ReportRow("2", 1, 0, 0, 0.0, null, null))));

    @Test
    void csvStartsWithAByteOrderMarkQuotesAndNeutralises() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(TABLE, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals("Course,Enrolments,Active learners,Completions,Completion rate (%),Average final score (%),Median days to completion", lines[0]);
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\",4,3,2,50.0,82.5,12.3", lines[1]);
        assertEquals("\"Sécurité, \"\"TIC\"\" 中文\",1,0,0,0.0,,", lines[2]);
    }

    @Test
    void xlsxHasTheHeadersTextsNeutralisedAndNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(TABLE, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Figures by course", workbook.getFirstSheet().getName());
            assertEquals("Enrolments", rows.get(0).getCellText(1));
            assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(1).getCellText(0));
            assertEquals(new BigDecimal("4"), rows.get(1).getCellAsNumber(1).orElseThrow());
            assertEquals(0, new BigDecimal("50.0").compareTo(rows.get(1).getCellAsNumber(4).orElseThrow()));
            assertTrue(rows.get(2).getCellText(0).startsWith("Sécurité"));
        }
    }
}
