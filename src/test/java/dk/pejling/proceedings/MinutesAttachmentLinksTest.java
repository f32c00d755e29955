package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Attachments named in minutes keep the web address the minutes give for them (issue 17 item 5). SYNTETISK texts. */
class MinutesAttachmentLinksTest {

    private final MinutesParser parser = new MinutesParser();

    @Test
    void anAttachmentLineWithAWebAddressBecomesALinkAndOtherAddressesDoNot() {
        ParsedMinutes minutes = parser.parse("""
                Teknisk Udvalg – Referat – 27. oktober 2021
                5. Vejbelysning
                Sagsfremstilling
                Lygterne skiftes.
                Bilag
                Notat om belysning.pdf https://dagsorden.example.dk/bilag/17.pdf
                [Kort over vejene](https://dagsorden.example.dk/bilag/18.pdf)
                Tidsplan (javascript:alert(1))
                Høringssvar
                Beslutning
                Godkendt.
                """);
        ParsedItem item = minutes.items().getFirst();
        assertThat(item.attachments()).containsExactly("Notat om belysning.pdf", "Kort over vejene", "Tidsplan (javascript:alert(1))",
                "Høringssvar");
        assertThat(item.attachmentUrls()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Notat om belysning.pdf", "https://dagsorden.example.dk/bilag/17.pdf",
                "Kort over vejene", "https://dagsorden.example.dk/bilag/18.pdf"));
        assertThat(item.decision()).isEqualTo("Godkendt.");
        assertThat(item.description()).isEqualTo("Lygterne skiftes.");
    }

    @Test
    void aDocxHyperlinkKeepsItsAddress() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : new String[] {"Teknisk Udvalg – Referat – 27. oktober 2021", "5. Vejbelysning", "Beslutning",
                    "Godkendt.", "Bilag"}) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFParagraph p = document.createParagraph();
            XWPFHyperlinkRun link = p.createHyperlinkRun("https://dagsorden.example.dk/bilag/17.pdf");
            link.setText("Notat om belysning.pdf");
            document.write(out);
            docx = out.toByteArray();
        }
        ParsedItem item = parser.parse(MinutesText.extract(docx, (a, b) -> { })).items().getFirst();
        assertThat(item.urlOf("Notat om belysning.pdf")).isEqualTo("https://dagsorden.example.dk/bilag/17.pdf");
    }

    @Test
    void paragraphsAndListsAreKeptWhereAWrappedLineIsJoined() {
        ParsedMinutes minutes = parser.parse("""
                Teknisk Udvalg – Referat – 27. oktober 2021
                5. Vejbelysning
                Indstilling
                Forvaltningen indstiller,
                1. at lygterne skiftes,
                2. at udgiften afholdes af
                driftsbudgettet.
                Beslutning
                Godkendt.
                Udvalget ønsker en status i 2022.
                """);
        ParsedItem item = minutes.items().getFirst();
        assertThat(item.recommendation()).isEqualTo(
                "Forvaltningen indstiller,\n1. at lygterne skiftes,\n2. at udgiften afholdes af driftsbudgettet.");
        assertThat(item.decision()).isEqualTo("Godkendt.\nUdvalget ønsker en status i 2022.");
    }

    @Test
    void theMemberListNamesTheCommitteesMembers() {
        ParsedMinutes minutes = parser.parse("""
                Teknisk Udvalg – Referat – 27. oktober 2021
                Medlemmer: Anna Holm (V), Bo Berg (A) og Carl Dam (C)
                5. Vejbelysning
                Beslutning
                Godkendt.
                """);
        assertThat(minutes.meeting().members()).containsExactly("Anna Holm (V)", "Bo Berg (A)", "Carl Dam (C)");
        assertThat(minutes.unrecognised()).noneMatch(u -> u.contains("Medlemmer"));
    }
}
