package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Walks the main pages (the register, a strategy, its results and initiatives, rounds and reports,
 * indicators, committees and meetings, the overview) as the demo coordinator, once in Danish and
 * once in English, and fails when a Danish page shows a sentence of the application's English
 * messages (the validation and refusal messages included), or an English page a Danish one. The
 * portal's pages and a strategy's Atom feed are walked too, and labels (verdicts, the chart's words,
 * feed titles, units) count as well as sentences.
 */
@IntegrationTest
class MixedLanguagePagesTest {

    /** Kinds of page the walk visits, each at most twice, so every kind is seen without reading all of them. */
    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("/"), Pattern.compile("/oversigt"), Pattern.compile("/udvalg"), Pattern.compile("/mine-opgaver"),
            Pattern.compile("/mine-runder"), Pattern.compile("/strategier/[0-9a-f-]{36}"),
            Pattern.compile("/strategier/[0-9a-f-]{36}/resultater"), Pattern.compile("/strategier/[0-9a-f-]{36}/indsatser"),
            Pattern.compile("/strategier/[0-9a-f-]{36}/aarsberetning"), Pattern.compile("/indsatser/[0-9a-f-]{36}"),
            Pattern.compile("/runder/[0-9a-f-]{36}"), Pattern.compile("/runder/[0-9a-f-]{36}/indsatser/[0-9a-f-]{36}"),
            Pattern.compile("/indikatorer/[0-9a-f-]{36}"), Pattern.compile("/udvalg/[^/?#]+"), Pattern.compile("/moeder/[^/?#]+"),
            Pattern.compile("/sager/[^/?#]+"), Pattern.compile("/strategier/[0-9a-f-]{36}/politisk-behandling"),
            // the portal shows verdict labels, period names, charts and feed titles too
            Pattern.compile("/portal"), Pattern.compile("/portal/strategier/[^/?#]+"), Pattern.compile("/portal/maal/[0-9a-f-]{36}"),
            Pattern.compile("/portal/indikatorer/[0-9a-f-]{36}"));

    /**
     * Labels (the chart's words, feed titles, units, the safety index section) that are shorter than a
     * sentence or hold placeholders: each run of two words or more between the placeholders counts.
     */
    private static final List<String> LABELS = List.of("indicator.chart.", "indicator.quantity.", "indicator.step.",
            "portal.feed.", "portal.safetyIndex.");

    @Autowired
    MockMvc mvc;

    @Test
    void aDanishPageShowsNoEnglishSentenceOfTheApplicationAndAnEnglishPageNoDanishOne() throws Exception {
        MockHttpSession session = WebSessions.signIn(mvc, "koordinator", WebSessions.DEMO_PASSWORD);
        Map<String, String> danish = sentences("da", "en");
        Map<String, String> english = sentences("en", "da");
        List<String> found = new ArrayList<>();
        List<String> pages = walk(session, List.of("/", "/oversigt?year=2018", "/udvalg", "/mine-runder"));
        // the portal from its front page and from the public ones among the strategies and indicators just walked
        List<String> portal = new ArrayList<>(List.of("/portal"));
        pages.stream().filter(p -> p.matches("/(strategier|indikatorer)/[0-9a-f-]{36}")).forEach(p -> portal.add("/portal" + p));
        pages.addAll(walk(session, portal));
        // a portal strategy's Atom feed carries the same words (verdict changed, new value, round approved)
        pages.stream().filter(p -> p.matches("/portal/strategier/[^/?#]+")).toList().forEach(p -> pages.add(p + "/feed.atom"));
        assertThat(pages).as("portal pages walked: %s", pages).anyMatch(p -> p.startsWith("/portal/strategier/"));
        // an English verdict label on a Danish page (the other way, Danish data such as a reason may hold the words)
        Properties englishBundle = load("en");
        List.of("REACHED", "PARTLY_REACHED", "NOT_REACHED", "NOT_MEASURED").forEach(status ->
                english.put("verdict.status." + status, englishBundle.getProperty("verdict.status." + status)));
        // Titles of records are data, whatever language they happen to share a phrase with
        // (the strategy "Mål og strategier 2018" is not the kind label "Mål og strategier").
        Set<String> titles = new java.util.HashSet<>();
        for (String path : pages) {
            Jsoup.parse(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .select("main a[href~=^/(strategier|indsatser|indikatorer|runder|udvalg|moeder|sager)/]")
                    .forEach(a -> titles.add(a.text()));
        }
        english.values().removeIf(sentence -> titles.stream().anyMatch(t -> t.contains(sentence)));
        danish.values().removeIf(sentence -> titles.stream().anyMatch(t -> t.contains(sentence)));
        for (String path : pages) {
            String da = text(path, "da", session);
            english.forEach((key, sentence) -> {
                if (da.contains(sentence)) {
                    found.add("Danish " + path + " shows " + key + ": " + sentence);
                }
            });
            String en = text(path, "en", session);
            danish.forEach((key, sentence) -> {
                if (en.contains(sentence)) {
                    found.add("English " + path + " shows " + key + ": " + sentence);
                }
            });
        }
        assertThat(found).isEmpty();
    }

    /** The pages of a walk from the given pages, breadth first, each kind at most twice. */
    private List<String> walk(MockHttpSession session, List<String> start) throws Exception {
        Map<Pattern, Integer> seen = new HashMap<>();
        Set<String> pages = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty() && pages.size() < 40) {
            String path = queue.poll();
            Pattern kind = kind(path);
            if (kind == null || pages.contains(path) || seen.getOrDefault(kind, 0) >= 2) {
                continue;
            }
            MvcResult result = mvc.perform(get(path).session(session)).andReturn();
            if (result.getResponse().getStatus() != 200) {
                continue;
            }
            seen.merge(kind, 1, Integer::sum);
            pages.add(path);
            Document doc = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            doc.select("main a[href^=/]").forEach(a -> queue.add(a.attr("href")));
        }
        assertThat(pages).as("pages walked from %s", start).hasSizeGreaterThan(start.contains("/") ? 12 : 2);
        return new ArrayList<>(pages);
    }

    private static Pattern kind(String path) {
        String bare = path.replaceAll("[?#].*$", "");
        return KINDS.stream().filter(p -> p.matcher(bare).matches()).findFirst().orElse(null);
    }

    private String text(String path, String language, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get(path).param("lang", language).session(session)).andReturn();
        Document doc = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        return path.endsWith(".atom") ? doc.text() : doc.body().text(); // an Atom feed's titles are its words
    }

    /**
     * The sentences of one language that the other language words differently: whole messages of
     * three words or more without placeholders, so that a name or a number never counts.
     */
    private static Map<String, String> sentences(String language, String other) throws IOException {
        Properties mine = load(language);
        Properties theirs = load(other);
        Map<String, String> result = new TreeMap<>();
        for (String key : mine.stringPropertyNames()) {
            String value = mine.getProperty(key).strip();
            String theirValue = theirs.getProperty(key, "").strip();
            if (LABELS.stream().anyMatch(key::startsWith)) {
                String[] parts = value.split("\\{[^}]*}");
                for (int i = 0; i < parts.length; i++) {
                    String part = parts[i].strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
                    if (part.split("\\s+").length >= 2 && !theirValue.contains(part)) {
                        result.put(key + "#" + i, part);
                    }
                }
                continue;
            }
            if (value.contains("{") || value.split("\\s+").length < 3 || value.equals(theirValue)) {
                continue;
            }
            result.put(key, value.replace("''", "'"));
        }
        return result;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src", "main", "resources", "messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
