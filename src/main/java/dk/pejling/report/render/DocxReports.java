package dk.pejling.report.render;

import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.StatusReportDocument;
import dk.pejling.safetyindex.IndexReportRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reports as DOCX from the same model: real Heading 1–3 styles (with outline levels, so Word's
 * navigation and table of contents find them), tables with a repeated header row, and the rich
 * text of comments turned into paragraphs, underlined headings and bullet lists.
 */
@Component
class DocxReports {

    private final MessageSource messages;

    DocxReports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] status(StatusReportDocument doc, Locale locale) {
        boolean danish = !"en".equals(locale.getLanguage());
        Writer w = new Writer(locale, msg("reports.status.heading", locale, doc.strategyTitle()));
        w.heading(1, msg("reports.status.heading", locale, doc.strategyTitle()));
        if (doc.department() != null) {
            w.text(msg("reports.department", locale, doc.department()));
        }
        w.text(msg("reports.status.date", locale, DateTimeFormatter.ofPattern("d. MMMM yyyy", locale).format(doc.statusDate())));
        w.text(msg("reports.asOf", locale, ReportRenderer.asOfText(doc.asOf(), locale)));
        w.heading(2, msg("reports.status.legend", locale));
        doc.legend().forEach(l -> w.text(l.icon() + " " + l.label(danish)));
        XWPFTable table = w.table(List.of(msg("rounds.number", locale), msg("rounds.initiative", locale),
                msg("report.status", locale), msg("report.comment", locale)), doc.rows().size());
        int i = 1;
        for (StatusReportDocument.Row r : doc.rows()) {
            XWPFTableRow row = table.getRow(i++);
            w.cellText(row.getCell(0), r.number(), true);
            w.cellText(row.getCell(1), r.title(), true);
            w.cellRich(row.getCell(1), r.description());
            w.cellText(row.getCell(2), r.reported() ? r.status().icon() + " " + r.status().label(danish)
                    : msg("rounds.notReported", locale), false);
            if (r.reported()) {
                row.getCell(2).setColor(r.status().colour().substring(1));
            }
            w.cellRich(row.getCell(3), r.comment());
        }
        safetyIndex(w, doc.safetyIndex(), doc.safetyIndexSynthetic(), locale);
        return w.bytes();
    }

    byte[] annual(AnnualReportDocument doc, Locale locale) {
        boolean danish = !"en".equals(locale.getLanguage());
        String title = msg("reports.annual.heading", locale, doc.strategyTitle(), doc.year());
        Writer w = new Writer(locale, title);
        w.heading(1, title);
        if (doc.department() != null) {
            w.text(doc.department());
        }
        w.text(msg("reports.asOf", locale, ReportRenderer.asOfText(doc.asOf(), locale)));
        w.heading(2, msg("reports.annual.toc", locale));
        if (doc.foreword() != null) {
            w.text(msg("reports.annual.foreword", locale));
        }
        if (doc.introduction() != null) {
            w.text(msg("reports.annual.introduction", locale));
        }
        doc.mainGoals().forEach(g -> w.text(g.heading()));
        if (doc.foreword() != null) {
            w.heading(2, msg("reports.annual.foreword", locale));
            w.rich(doc.foreword());
        }
        if (doc.introduction() != null) {
            w.heading(2, msg("reports.annual.introduction", locale));
            w.rich(doc.introduction());
        }
        for (AnnualReportDocument.MainGoal g : doc.mainGoals()) {
            w.heading(2, g.heading());
            w.rich(g.introduction());
            if (g.examples() != null) {
                w.heading(3, msg("reports.annual.examples", locale, doc.year()));
                w.rich(g.examples());
            }
            w.heading(3, msg("reports.annual.results", locale));
            if (g.own().status() != null) {
                w.text(msg("reports.annual.overall", locale, g.own().statusLabel(danish))
                        + (g.own().explanation(danish) == null ? "" : " " + g.own().explanation(danish)));
            }
            XWPFTable table = w.table(List.of(msg("reports.annual.goalOfYear", locale, doc.year()),
                    msg("reports.annual.result", locale)), g.results().size());
            int i = 1;
            for (AnnualReportDocument.Result r : g.results()) {
                XWPFTableRow row = table.getRow(i++);
                w.cellText(row.getCell(0), r.goal(), false);
                String result = (r.status() == null ? "" : r.statusLabel(danish) + ". ")
                        + (r.explanation(danish) == null ? "" : r.explanation(danish));
                w.cellText(row.getCell(1), result.strip(), false);
            }
            for (AnnualReportDocument.Chart c : g.charts()) {
                w.text(c.indicatorName() + ": " + c.alt());
            }
        }
        safetyIndex(w, doc.safetyIndex(), doc.safetyIndexSynthetic(), locale);
        return w.bytes();
    }

    /** The safety index values that feed the strategy's indicators, as in the HTML and PDF. */
    private void safetyIndex(Writer w, List<IndexReportRow> rows, boolean synthetic, Locale locale) {
        if (rows.isEmpty()) {
            return;
        }
        boolean danish = !"en".equals(locale.getLanguage());
        w.heading(2, msg("reports.safetyindex.heading", locale));
        w.text(msg("reports.safetyindex.intro", locale));
        if (synthetic) {
            w.text(msg("safetyindex.synthetic.label", locale) + ": " + msg("safetyindex.synthetic.text", locale));
        }
        XWPFTable table = w.table(List.of(msg("safetyindex.col.area", locale), msg("safetyindex.period.label", locale),
                msg("reports.safetyindex.value", locale), msg("safetyindex.col.n", locale), msg("safetyindex.col.note", locale),
                msg("safetyindex.method.label", locale)), rows.size());
        int i = 1;
        for (IndexReportRow r : rows) {
            XWPFTableRow row = table.getRow(i++);
            w.cellText(row.getCell(0), r.areaName(), true);
            w.cellText(row.getCell(1), r.period(), false);
            w.cellText(row.getCell(2), r.value() == null ? "–" : r.valueText(danish), false);
            w.cellText(row.getCell(3), String.valueOf(r.respondents()), false);
            w.cellText(row.getCell(4), note(r, locale), false);
            w.cellText(row.getCell(5), msg("reports.safetyindex.method", locale, r.methodVersion(), r.methodShort()), false);
        }
    }

    /** Why a value is hidden, SYNTETISK, and which indicators it feeds. */
    private String note(IndexReportRow r, Locale locale) {
        List<String> parts = new java.util.ArrayList<>();
        if (r.suppressedReason() != null) {
            parts.add(msg("reports.safetyindex.hidden", locale, msg(r.suppressedReason().messageKey(), locale), r.suppressedDetail()).strip());
        }
        if (r.synthetic()) {
            parts.add(msg("safetyindex.synthetic.label", locale));
        }
        parts.add(msg("reports.safetyindex.feeds", locale, r.feeds()));
        return String.join(". ", parts);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** One document being written, with the styles and the bullet numbering it needs. */
    private static final class Writer {

        private final XWPFDocument doc = new XWPFDocument();
        private final BigInteger bullets;

        Writer(Locale locale, String title) {
            XWPFStyles styles = doc.createStyles();
            styles.setSpellingLanguage("en".equals(locale.getLanguage()) ? "en-GB" : "da-DK");
            heading(styles, 1, 32);
            heading(styles, 2, 26);
            heading(styles, 3, 22);
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Pejling");
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
            level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
            bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }

        private static void heading(XWPFStyles styles, int level, int halfPoints) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.getPPr().addNewKeepNext();
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
            style.addNewRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
            styles.addStyle(new XWPFStyle(style, styles));
        }

        void heading(int level, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + level);
            p.createRun().setText(text);
        }

        void text(String text) {
            doc.createParagraph().createRun().setText(text);
        }

        void rich(String html) {
            if (html == null) {
                return;
            }
            for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
                block(node, doc::createParagraph);
            }
        }

        XWPFTable table(List<String> headers, int rows) {
            XWPFTable table = doc.createTable(rows + 1, headers.size());
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < headers.size(); c++) {
                cellText(header.getCell(c), headers.get(c), true);
            }
            return table;
        }

        void cellText(XWPFTableCell cell, String text, boolean bold) {
            XWPFParagraph p = firstEmpty(cell);
            XWPFRun run = p.createRun();
            run.setText(text == null ? "" : text);
            run.setBold(bold);
        }

        void cellRich(XWPFTableCell cell, String html) {
            if (html == null) {
                return;
            }
            for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
                block(node, () -> firstEmpty(cell));
            }
        }

        private static XWPFParagraph firstEmpty(XWPFTableCell cell) {
            List<XWPFParagraph> ps = cell.getParagraphs();
            XWPFParagraph last = ps.get(ps.size() - 1);
            return last.getRuns().isEmpty() && last.getNumID() == null ? last : cell.addParagraph();
        }

        private void block(Node node, java.util.function.Supplier<XWPFParagraph> next) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    XWPFParagraph p = next.get();
                    p.createRun().setText(t.text().strip());
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "ul", "ol" -> {
                    for (Element li : e.children()) {
                        XWPFParagraph p = next.get();
                        p.setNumID(bullets);
                        inline(li, p, false, false, false, true);
                    }
                }
                case "h3", "h4" -> {
                    XWPFParagraph p = next.get();
                    inline(e, p, true, false, false, false);
                }
                default -> {
                    XWPFParagraph p = next.get();
                    inline(e, p, false, false, false, false);
                }
            }
        }

        private void inline(Element e, XWPFParagraph p, boolean bold, boolean italic, boolean underline, boolean listItem) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    String text = t.text();
                    if (listItem && p.getRuns().isEmpty()) {
                        text = text.replaceFirst("^\\s*[•·-]\\s*", "");
                    }
                    if (text.isEmpty()) {
                        continue;
                    }
                    XWPFRun run = p.createRun();
                    run.setText(text);
                    run.setBold(bold);
                    run.setItalic(italic);
                    if (underline) {
                        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    }
                } else if (child instanceof Element c) {
                    switch (c.normalName()) {
                        case "br" -> p.createRun().addBreak();
                        case "strong", "b" -> inline(c, p, true, italic, underline, listItem);
                        case "em", "i" -> inline(c, p, bold, true, underline, listItem);
                        case "u" -> inline(c, p, bold, italic, true, listItem);
                        default -> inline(c, p, bold, italic, underline, listItem);
                    }
                }
            }
        }

        byte[] bytes() {
            try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
