package org.capacityacademy.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cable between the browser and the platform that a test can pull out: a TCP relay on the
 * loopback that forwards to the platform, and on {@link #cut()} drops every connection and refuses
 * new ones until {@link #restore()}. Unlike DevTools' network emulation, which covers the page,
 * this also cuts the service worker's requests: the device is really offline.
 */
final class Outage implements AutoCloseable {

    private final ServerSocket relay;
    private final String host;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private Outage(URL platform) throws IOException {
        this.host = platform.getHost();
        this.port = platform.getPort();
        this.relay = new ServerSocket();
        relay.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread accepting = new Thread(this::accept, "outage relay");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A relay to the platform at {@code platform}, connected. */
    static Outage to(URL platform) {
        try {
            return new Outage(platform);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform's address through the relay (same host name, so the browser treats it alike). */
    URL url() {
        try {
            return new URL("http://" + host + ":" + relay.getLocalPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void cut() {
        cut = true;
        open.forEach(Outage::quietlyClose);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    private void accept() {
        while (!relay.isClosed()) {
            try {
                Socket browser = relay.accept();
                if (cut) {
                    browser.close();
                    continue;
                }
                Socket platform = new Socket(host, port);
                open.add(browser);
                open.add(platform);
                pipe(browser, platform);
                pipe(platform, browser);
            } catch (IOException e) {
                // the relay closed, or the platform refused one connection: the browser sees a failed request
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread copying = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed, or the cable was cut
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "outage pipe");
        copying.setDaemon(true);
        copying.start();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public void close() {
        cut();
        try {
            relay.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
