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
 * messages (the validation and refusal messages included), or an English page a Danish one.
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
            Pattern.compile("/sager/[^/?#]+"), Pattern.compile("/strategier/[0-9a-f-]{36}/politisk-behandling"));

    @Autowired
    MockMvc mvc;

    @Test
    void aDanishPageShowsNoEnglishSentenceOfTheApplicationAndAnEnglishPageNoDanishOne() throws Exception {
        MockHttpSession session = WebSessions.signIn(mvc, "koordinator", WebSessions.DEMO_PASSWORD);
        Map<String, String> danish = sentences("da", "en");
        Map<String, String> english = sentences("en", "da");
        List<String> found = new ArrayList<>();
        List<String> pages = walk(session);
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

    /** The pages of the walk: from the start page and the overview, breadth first, each kind at most twice. */
    private List<String> walk(MockHttpSession session) throws Exception {
        Map<Pattern, Integer> seen = new HashMap<>();
        Set<String> pages = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/oversigt?year=2018", "/udvalg", "/mine-runder"));
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
        assertThat(pages).as("pages walked").hasSizeGreaterThan(12);
        return new ArrayList<>(pages);
    }

    private static Pattern kind(String path) {
        String bare = path.replaceAll("[?#].*$", "");
        return KINDS.stream().filter(p -> p.matcher(bare).matches()).findFirst().orElse(null);
    }

    private String text(String path, String language, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get(path).param("lang", language).session(session)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).body().text();
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
            if (value.contains("{") || value.split("\\s+").length < 3 || value.equals(theirs.getProperty(key, "").strip())) {
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
