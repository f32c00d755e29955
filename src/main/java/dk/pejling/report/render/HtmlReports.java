package dk.pejling.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The one template per report, rendered standalone: for the browser with a linked stylesheet, for the PDF with it inline. */
@Component
class HtmlReports {

    private final ITemplateEngine templates;
    private final String css;

    HtmlReports(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource("static/css/report.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(String template, Object doc, Instant asOf, Locale locale, boolean forPdf) {
        Context context = new Context(locale);
        context.setVariable("doc", doc);
        context.setVariable("asOfText", ReportRenderer.asOfText(asOf, locale));
        context.setVariable("inlineCss", forPdf ? css : null);
        context.setVariable("svgAsImage", forPdf);
        context.setVariable("forPdf", forPdf);
        return templates.process(template, context);
    }
}
