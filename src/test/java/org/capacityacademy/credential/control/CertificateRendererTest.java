package org.capacityacademy.credential.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateRendererTest {

    static Certificate certificate(String language, boolean rtl, String name, String course, String heading) {
        return new Certificate(language, rtl, heading, "This certifies that", name, "Kenya · Ministry of ICT",
                "has completed the course", course, "en", List.of("Final assessment: 87.5%", "Learning hours: 6.5"),
                "Verification code", "7KX2P-9M4QT", "Verify at", "http://localhost:8080/verify/7KX2P9M4QT",
                "Capacity Academy", "Digitally signed by Capacity Academy.");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String> fonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                names.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
            }
        }
        return names;
    }

    @Test
    void chineseCertificateCarriesNameCourseAndCodeInEmbeddedFonts() throws IOException {
        byte[] pdf = CertificateRenderer.pdf(certificate("zh", false, "王小明", "2013年联合国政府专家组报告：信通技术与国际安全", "结业证书"));
        String text = text(pdf);
        assertTrue(text.contains("王小明"), text);
        assertTrue(text.contains("2013年联合国政府专家组报告"), text);
        assertTrue(text.contains("7KX2P-9M4QT"), text);
        assertTrue(text.contains("结业证书"), text);
        assertTrue(fonts(pdf).stream().allMatch(f -> f.endsWith(" embedded")), fonts(pdf).toString());
    }

    @Test
    void englishCertificateCarriesNameCourseAndCode() throws IOException {
        String text = text(CertificateRenderer.pdf(certificate("en", false, "Amina Diallo",
                "The 2013 UN GGE report: ICT and international security", "Certificate of completion")));
        assertTrue(text.contains("Amina Diallo"), text);
        assertTrue(text.contains("The 2013 UN GGE report"), text);
        assertTrue(text.contains("7KX2P-9M4QT"), text);
    }

    @Test
    void arabicCertificateIsShapedRightToLeft() throws IOException {
        byte[] pdf = CertificateRenderer.pdf(certificate("ar", true, "أمينة ديالو", "تقرير فريق الخبراء الحكوميين لعام 2013",
                "شهادة إتمام"));
        String text = text(pdf);
        assertTrue(text.contains("7KX2P-9M4QT"), text);
        // shaped Arabic comes out as presentation forms, not as the isolated letters typed
        assertTrue(text.codePoints().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF) || text.contains("أمينة"), text);
        assertTrue(fonts(pdf).stream().anyMatch(f -> f.contains("NotoNaskhArabic")), fonts(pdf).toString());
    }

    @Test
    void theQrCodeOnTheCertificateReadsAsTheVerificationAddress() throws Exception {
        byte[] pdf = CertificateRenderer.pdf(certificate("en", false, "Amina Diallo", "Course", "Certificate"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            java.awt.image.BufferedImage image = null;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject xobject) {
                    image = xobject.getImage();
                }
            }
            assertTrue(image != null, "the certificate carries an image");
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            String read = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
            org.junit.jupiter.api.Assertions.assertEquals("http://localhost:8080/verify/7KX2P9M4QT", read);
        }
    }

    @Test
    void markupInANameIsPrintedNotInterpreted() throws IOException {
        String text = text(CertificateRenderer.pdf(certificate("en", false, "<b>Eve</b> & co", "Course", "Certificate")));
        assertTrue(text.contains("<b>Eve</b> & co"), text);
    }
}
