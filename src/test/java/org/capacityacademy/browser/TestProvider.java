package org.capacityacademy.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenID Connect provider on this machine for the sign-in tests: NAV's mock-oauth2-server
 * (discovery, JWKS, authorization with an interactive login page where the test chooses the
 * subject and claims, token endpoint with PKCE) run as a process of its own from the test JVM's
 * own Java and class path, on a free port of 127.0.0.1. Any issuer name works under it
 * ({@code http://127.0.0.1:<port>/<name>}); {@value #WRONG_AUDIENCE} issues ID tokens for another
 * client. One process serves the whole test run and is stopped when the JVM ends.
 *
 * <p>{@link #tampering()} adds a proxy in front of it that passes everything through unchanged
 * (the provider sees the proxy's address and names itself by it) except the token endpoint's
 * answer, whose ID token has one claim altered after it was signed: what an attacker between the
 * platform and the provider would do.
 */
final class TestProvider {

    static final String WRONG_AUDIENCE = "wrong-audience";
    private static final String CONFIG = """
            {
              "interactiveLogin": true,
              "httpServer": "NettyWrapper",
              "tokenCallbacks": [
                {
                  "issuerId": "wrong-audience",
                  "requestMappings": [
                    { "requestParam": "grant_type", "match": "*", "claims": { "aud": ["another-client"] } }
                  ]
                }
              ]
            }
            """;

    private static TestProvider running;

    private final Process process;
    private final int port;
    private Integer proxyPort;

    private TestProvider(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The provider of this test run, started on first use (a few seconds) and ready to answer. */
    static synchronized TestProvider get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running.process::destroy, "stop the test OpenID provider"));
        }
        return running;
    }

    /** The issuer address of a provider named so under this server. */
    String issuer(String name) {
        return "http://127.0.0.1:" + port + "/" + name;
    }

    /** The issuer address of a provider named so behind the tampering proxy. */
    synchronized String tamperedIssuer(String name) {
        if (proxyPort == null) {
            proxyPort = tampering();
        }
        return "http://127.0.0.1:" + proxyPort + "/" + name;
    }

    private static TestProvider start() {
        try {
            int port = freePort();
            Path log = Files.createTempFile("mock-oauth2-server", ".log");
            log.toFile().deleteOnExit();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-cp", System.getProperty("java.class.path"), "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SERVER_HOSTNAME", "127.0.0.1");
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            builder.environment().put("JSON_CONFIG", CONFIG);
            TestProvider provider = new TestProvider(builder.start(), port);
            provider.awaitDiscovery(log);
            return provider;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the test OpenID provider", e);
        }
    }

    private void awaitDiscovery(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer("default") + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the test OpenID provider stopped: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("the test OpenID provider did not answer in 90 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts the tampering proxy; its port. */
    private int tampering() {
        try {
            ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            var workers = Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "tampering proxy");
                thread.setDaemon(true);
                return thread;
            });
            workers.submit(() -> {
                while (!server.isClosed()) {
                    Socket client = server.accept();
                    workers.submit(() -> relay(client));
                }
                return null;
            });
            return server.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"");

    /** One request through the proxy: passed on byte for byte (the Host header too), its answer altered if it holds an ID token. */
    private Void relay(Socket client) {
        try (client; Socket upstream = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            int length = contentLength(head);
            byte[] body = in.readNBytes(length);
            // one request per connection: the answer is read to its end
            String forwarded = head.replaceAll("(?im)^connection:.*\r\n", "").replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
            OutputStream out = upstream.getOutputStream();
            out.write(forwarded.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream answer = upstream.getInputStream();
            String answerHead = readHead(answer);
            byte[] answerBody = answerHead.toLowerCase().contains("transfer-encoding: chunked") ? dechunk(answer) : answer.readAllBytes();
            String text = new String(answerBody, StandardCharsets.UTF_8);
            Matcher token = ID_TOKEN.matcher(text);
            if (token.find()) {
                text = text.replace(token.group(1), alteredAfterSigning(token.group(1)));
                answerBody = text.getBytes(StandardCharsets.UTF_8);
            }
            String newHead = answerHead.replaceAll("(?im)^(content-length|transfer-encoding|connection):.*\r\n", "")
                    .replace("\r\n\r\n", "\r\nContent-Length: " + answerBody.length + "\r\nConnection: close\r\n\r\n");
            OutputStream back = client.getOutputStream();
            back.write(newHead.getBytes(StandardCharsets.ISO_8859_1));
            back.write(answerBody);
            back.flush();
        } catch (IOException e) {
            // the platform sees a broken answer: that is a test failure it reports itself
        }
        return null;
    }

    /** The token with its e-mail address changed and its signature left as it was. */
    static String alteredAfterSigning(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String altered = payload.replaceFirst("\"email\"\\s*:\\s*\"[^\"]*\"", "\"email\":\"attacker@evil.example\"");
        if (altered.equals(payload)) {
            altered = payload.replaceFirst("\"sub\"\\s*:\\s*\"[^\"]*\"", "\"sub\":\"someone-else\"");
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(altered.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
        return length.find() ? Integer.parseInt(length.group(1)) : 0;
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in).split(";")[0].trim();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
