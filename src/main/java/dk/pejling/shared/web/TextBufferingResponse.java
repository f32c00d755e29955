package dk.pejling.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Holds back a text answer so it can be rewritten before it leaves, and lets every other answer
 * (documents, PDF, DOCX, XLSX, images) stream straight through: the choice is made by the content
 * type when the body is first written. Why not Spring's {@code ContentCachingResponseWrapper}: it
 * keeps every body in memory, up to the 20 MB of an uploaded document, and pre-sizes its buffer to
 * a declared Content-Length.
 */
final class TextBufferingResponse extends HttpServletResponseWrapper {

    private final Predicate<String> isText;
    private ByteArrayOutputStream buffer;
    private boolean decided;
    private boolean answeredElsewhere;
    private ServletOutputStream stream;
    private PrintWriter writer;

    TextBufferingResponse(HttpServletResponse response, Predicate<String> isText) {
        super(response);
        this.isText = isText;
    }

    /** True when the body was held back: then {@link #body()} is the whole answer, still to be written. */
    boolean held() {
        return buffer != null && !answeredElsewhere;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    private boolean holding() {
        if (!decided) {
            decided = true;
            if (isText.test(getContentType())) {
                buffer = new ByteArrayOutputStream(8 * 1024);
            }
        }
        return buffer != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    buffer.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a held-back answer is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holding()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(buffer, charset()));
        }
        return writer;
    }

    private Charset charset() {
        String name = getCharacterEncoding();
        return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    }

    // A held-back answer gets its length when it is written out; a streamed one keeps what it declares.

    @Override
    public void setContentLength(int length) {
        if (!decidedToHold()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!decidedToHold()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!("Content-Length".equalsIgnoreCase(name) && decidedToHold())) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!("Content-Length".equalsIgnoreCase(name) && decidedToHold())) {
            super.addHeader(name, value);
        }
    }

    private boolean decidedToHold() {
        return decided && buffer != null;
    }

    /** Nothing held back may commit the answer early; a streamed answer flushes as usual. */
    @Override
    public void flushBuffer() throws IOException {
        if (decidedToHold()) {
            if (writer != null) {
                writer.flush();
            }
            return;
        }
        super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (buffer != null) {
            buffer.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        if (buffer != null) {
            buffer.reset();
        }
    }

    /** An error page or a redirect answers instead; what was held back is dropped. */
    @Override
    public void sendError(int status) throws IOException {
        answeredElsewhere = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        answeredElsewhere = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        answeredElsewhere = true;
        super.sendRedirect(location);
    }
}
