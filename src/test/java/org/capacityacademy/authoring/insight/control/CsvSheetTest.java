package org.capacityacademy.authoring.insight.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvSheetTest {

    @Test
    void writesAByteOrderMarkQuotesAndNeutralisesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSheet sheet = new CsvSheet(out, List.of("Name", "Score"))) {
            sheet.line(Arrays.asList("=HYPERLINK(\"x\")", new BigDecimal("87.50")));
            sheet.line(Arrays.asList("Amina, Diallo", null));
            sheet.line(Arrays.asList("محمد", 3L));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals(List.of("Name,Score", "\"'=HYPERLINK(\"\"x\"\")\",87.50", "\"Amina, Diallo\",", "محمد,3"),
                List.of(text.substring(1).split("\r\n")));
    }
}
