package org.capacityacademy.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verifiers outside the JVM that check what the platform issues, as a third party would:
 * Debian poppler's {@code pdfsig} for the PDF certificates' signatures, and the Digital
 * Credentials Consortium's libraries under Node ({@code src/test/node}) for the Data Integrity
 * credentials. The Node project's packages are installed from its lock file on first use.
 */
final class IndependentVerifiers {

    static final Path NODE_PROJECT = Path.of(System.getProperty("project.basedir", "."), "src", "test", "node");

    private IndependentVerifiers() {
    }

    /** What {@code pdfsig} says of a PDF (its report and its errors). */
    static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            return run(Path.of("."), 60, "pdfsig", file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The Node verifier's JSON line for a credential, checked against the platform at {@code base}. */
    static String nodeVerifier(String credential, String base, String publicUrl) throws IOException, InterruptedException {
        installNodePackages();
        Path file = Files.createTempFile("credential", ".json");
        try {
            Files.writeString(file, credential);
            return run(NODE_PROJECT, 120, "node", "verify.mjs", file.toString(), base, publicUrl).strip();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static synchronized void installNodePackages() throws IOException, InterruptedException {
        if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/@digitalcredentials/vc"))) {
            run(NODE_PROJECT, 600, "npm", "ci", "--no-audit", "--no-fund");
        }
    }

    private static String run(Path directory, int seconds, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new String(output, StandardCharsets.UTF_8);
    }

    /** The PDF with one byte changed inside what its signature covers: in the middle of the first signed range. */
    static byte[] withOneByteChanged(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <");
        byte[] changed = pdf.clone();
        int place = contents / 2;
        changed[place] = (byte) (changed[place] ^ 0x01);
        return changed;
    }
}
