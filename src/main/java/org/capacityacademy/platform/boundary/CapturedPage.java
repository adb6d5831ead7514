package org.capacityacademy.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A page's response held back while it is rendered, so that {@link PageCopies} can make a copy
 * of it before it is sent: the text the page wrote, its status and the nonce of its script
 * policy. Headers go through at once; errors and redirects too, and such a response is not
 * copied. Nothing reaches the client until the page is complete.
 */
final class CapturedPage extends HttpServletResponseWrapper {

    private final CharArrayWriter text = new CharArrayWriter(32 * 1024);
    private final PrintWriter writer = new PrintWriter(text);
    private ByteArrayOutputStream bytes;
    private int status = SC_OK;
    private boolean passedOn;
    private String nonce;

    CapturedPage(HttpServletResponse response) {
        super(response);
    }

    /** Whether the page rendered completely and may be copied: a 200 HTML page, written as text. */
    boolean isCopyable() {
        String type = getContentType();
        return !passedOn && bytes == null && status == SC_OK && type != null && type.startsWith("text/html");
    }

    String text() {
        writer.flush();
        return text.toString();
    }

    String nonce() {
        return nonce;
    }

    /** Sends what was written as it is (a page that is not copied). */
    void sendAsWritten() throws IOException {
        if (passedOn) {
            return;
        }
        if (bytes != null) {
            getResponse().getOutputStream().write(bytes.toByteArray());
        } else {
            writer.flush();
            getResponse().getWriter().write(text.toCharArray());
        }
    }

    @Override
    public void setHeader(String name, String value) {
        remember(name, value);
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        remember(name, value);
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    private void remember(String name, String value) {
        if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
            String named = SecurityHeaders.nonceIn(value);
            if (named != null) {
                nonce = named;
            }
        }
    }

    @Override
    public void setContentLength(int length) {
        // the copy's length differs from the page's
    }

    @Override
    public void setContentLengthLong(long length) {
        // the copy's length differs from the page's
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        this.status = status;
        passedOn = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        this.status = status;
        passedOn = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        this.status = SC_FOUND;
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public PrintWriter getWriter() {
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (bytes == null) {
            bytes = new ByteArrayOutputStream();
        }
        ByteArrayOutputStream into = bytes;
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                into.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                into.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a page held back is written synchronously");
            }
        };
    }

    @Override
    public void flushBuffer() {
        // held back until the page is complete
    }

    @Override
    public boolean isCommitted() {
        return passedOn || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        text.reset();
        if (bytes != null) {
            bytes.reset();
        }
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }
}
