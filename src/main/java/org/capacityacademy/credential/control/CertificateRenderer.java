package org.capacityacademy.credential.control;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

/**
 * Lays a certificate out as HTML and renders it to PDF with openhtmltopdf: A4 landscape, the
 * fonts shipped with the platform embedded (subset to the glyphs used), Arabic shaped and set
 * right to left through ICU, and a QR code of the verification address.
 */
public final class CertificateRenderer {

    private static final String FONTS = "/credential/fonts/";
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

    static {
        // the renderer logs every font it loads at INFO; only its warnings belong in the server's log
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private CertificateRenderer() {
    }

    public static byte[] pdf(Certificate certificate) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
        font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
        font(builder, "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400);
        font(builder, "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700);
        font(builder, "DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400);
        font(builder, "DroidSansFallbackFull.ttf", "Droid Sans Fallback", 700);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(certificate.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
        builder.withHtmlContent(html(certificate), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    static String html(Certificate c) {
        String qr = Base64.getEncoder().encodeToString(QrCode.png(c.verifyUrl(), 300));
        StringBuilder facts = new StringBuilder();
        c.facts().forEach(fact -> facts.append("<li>").append(escape(fact)).append("</li>"));
        String fonts = c.rightToLeft() ? "'Noto Naskh Arabic', 'Noto Sans', 'Droid Sans Fallback'"
                : "'Noto Sans', 'Droid Sans Fallback', 'Noto Naskh Arabic'";
        String start = c.rightToLeft() ? "right" : "left";
        return """
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>
                @page { size: A4 landscape; margin: 12mm; }
                body { font-family: %s; color: #1b2b3a; margin: 0; }
                .frame { border: 2.5mm solid #1f4e79; padding: 9mm 14mm; height: 162mm; }
                .issuer { font-size: 12pt; color: #1f4e79; font-weight: 700; letter-spacing: 0.5pt; }
                h1 { font-size: 26pt; margin: 5mm 0 4mm 0; color: #1f4e79; }
                .certifies, .completed { font-size: 13pt; margin: 2mm 0; }
                .name { font-size: 26pt; font-weight: 700; margin: 3mm 0 1mm 0; }
                .details { font-size: 12pt; color: #3d4f5f; margin: 0 0 4mm 0; }
                .course { font-size: 18pt; font-weight: 700; margin: 2mm 0 4mm 0; }
                table { width: 100%%; border-collapse: collapse; }
                td { vertical-align: bottom; text-align: %s; }
                ul { list-style: none; padding: 0; margin: 0; font-size: 11.5pt; }
                li { margin: 1mm 0; }
                .code { font-size: 16pt; font-weight: 700; letter-spacing: 1pt; }
                .verify { font-size: 9.5pt; color: #3d4f5f; }
                .qr { width: 36mm; height: 36mm; }
                .signed { font-size: 8.5pt; color: #3d4f5f; margin: 1mm 0 0 0; }
                </style></head>
                <body><div class="frame">
                <div class="issuer">%s</div>
                <h1>%s</h1>
                <p class="certifies">%s</p>
                <p class="name">%s</p>
                <p class="details">%s</p>
                <p class="completed">%s</p>
                <p class="course" lang="%s">%s</p>
                <table><tr><td><ul>%s</ul>
                <p class="codelabel">%s <span class="code" dir="ltr">%s</span></p>
                <p class="verify">%s <span dir="ltr">%s</span></p>
                <p class="signed">%s</p></td>
                <td style="width: 40mm;"><img class="qr" alt="%s" src="data:image/png;base64,%s"/></td></tr></table>
                </div></body></html>
                """.formatted(escape(c.language()), c.rightToLeft() ? "rtl" : "ltr", escape(c.heading()), fonts, start,
                escape(c.issuer()), escape(c.heading()), escape(c.certifies()), escape(c.learnerName()),
                escape(c.learnerDetails()), escape(c.completed()), escape(c.courseLanguage()), escape(c.courseTitle()),
                facts, escape(c.codeLabel()), escape(c.code()), escape(c.verifyText()), escape(c.verifyUrl()),
                escape(c.signedNote()), escape(c.verifyUrl()), qr);
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        byte[] bytes = FONT_BYTES.computeIfAbsent(file, CertificateRenderer::read);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, FontStyle.NORMAL, true);
    }

    private static byte[] read(String file) {
        try (InputStream in = CertificateRenderer.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("the certificate font " + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
