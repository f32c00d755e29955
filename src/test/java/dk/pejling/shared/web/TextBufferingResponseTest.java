package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The anonymous public's answers: text held back and rewritten, everything else streamed through as it is. */
class TextBufferingResponseTest {

    private final PublicRedactionFilter filter = new PublicRedactionFilter();

    @Test
    void aTextAnswerIsHeldBackRewrittenAndGivenItsNewLength() throws Exception {
        MockHttpServletResponse raw = new MockHttpServletResponse();
        FilterChain page = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(999);
            response.getWriter().write("<p>Tovholder: [[Anna Jensen]], æøå</p>");
            response.flushBuffer();
            assertThat(raw.isCommitted()).as("nothing leaves before it is rewritten").isFalse();
            assertThat(raw.getContentAsByteArray()).isEmpty();
        };

        filter.doFilter(new MockHttpServletRequest("GET", "/"), raw, page);

        String published = raw.getContentAsString(StandardCharsets.UTF_8);
        assertThat(published).isEqualTo("<p>Tovholder: [person 1], æøå</p>");
        assertThat(raw.getContentLength()).isEqualTo(published.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aDocumentStreamsThroughUntouchedWithTheLengthItDeclares() throws Exception {
        byte[] pdf = "%PDF-1.7 [[Anna Jensen]] binary".getBytes(StandardCharsets.ISO_8859_1);
        MockHttpServletResponse raw = new MockHttpServletResponse();
        FilterChain download = (request, response) -> {
            response.setContentType("application/pdf");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf, 0, 10);
            assertThat(raw.getContentAsByteArray()).as("written straight to the client").hasSize(10);
            response.getOutputStream().write(pdf, 10, pdf.length - 10);
        };

        filter.doFilter(new MockHttpServletRequest("GET", "/dokumenter/1"), raw, download);

        assertThat(raw.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(raw.getContentLength()).isEqualTo(pdf.length);
    }

    @Test
    void anErrorSentWhileHoldingBackWritesNothingOfItsOwn() throws Exception {
        MockHttpServletResponse raw = new MockHttpServletResponse();
        FilterChain failing = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("half a page");
            ((jakarta.servlet.http.HttpServletResponse) response).sendError(404);
        };

        filter.doFilter(new MockHttpServletRequest("GET", "/strategier/ukendt"), raw, failing);

        assertThat(raw.getStatus()).isEqualTo(404);
        assertThat(raw.getContentAsString()).doesNotContain("half a page");
    }
}
