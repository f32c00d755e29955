package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.UploadPolicy;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.StrategyKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The two languages stay in step: the same keys in both bundles, every key the templates and the
 * forms use exists, and no human text is written into a template instead of a message.
 */
class I18nSyncTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final List<String> LANGUAGES = List.of("da", "en");

    /** Prefixes of keys that templates complete with an enum constant: #{'strategy.kind.' + ${k}}. */
    private static final Map<String, Class<? extends Enum<?>>> DYNAMIC_KEYS = Map.ofEntries(
            Map.entry("strategy.kind.", StrategyKind.class),
            Map.entry("strategy.status.", LifecycleStatus.class),
            Map.entry("strategy.relation.", RelationKind.class),
            Map.entry("strategy.relation.incoming.", RelationKind.class),
            Map.entry("visibility.", Visibility.class),
            Map.entry("goal.kind.", GoalKind.class),
            Map.entry("attainment.", dk.pejling.indicator.Attainment.class),
            Map.entry("indicator.unit.", dk.pejling.indicator.Unit.class),
            Map.entry("indicator.direction.", dk.pejling.indicator.Direction.class),
            Map.entry("indicator.frequency.", dk.pejling.indicator.Frequency.class),
            Map.entry("target.kind.", dk.pejling.indicator.TargetKind.class),
            Map.entry("results.method.", dk.pejling.indicator.RollupMethod.class),
            Map.entry("initiative.kind.", dk.pejling.initiative.InitiativeKind.class),
            Map.entry("rounds.state.", dk.pejling.initiative.RoundState.class),
            Map.entry("report.state.", dk.pejling.initiative.ReportState.class),
            Map.entry("report.action.", ReportAction.class),
            Map.entry("import.action.", dk.pejling.indicator.file.ImportChange.Action.class),
            Map.entry("register.kind.", dk.pejling.register.RegisterKind.class),
            Map.entry("register.import.action.", dk.pejling.register.RegisterChange.Action.class),
            Map.entry("audit.action.", dk.pejling.shared.AuditAction.class),
            Map.entry("role.", dk.pejling.access.Role.class),
            Map.entry("reports.jobs.state.", dk.pejling.report.job.ReportJob.State.class),
            Map.entry("reports.jobs.step.", dk.pejling.report.job.ReportJob.Step.class),
            Map.entry("search.type.", dk.pejling.search.SearchType.class),
            Map.entry("safetyindex.suppressed.", dk.pejling.safetyindex.Suppression.Reason.class),
            Map.entry("proceedings.confidence.", dk.pejling.proceedings.MinutesConfidence.Level.class));

    /**
     * Dynamic keys whose last part is a word the code writes as a string literal (a layout's name, a
     * confidence reason, an item field), read from that code: the source files and the pattern that
     * finds the words.
     */
    private static final Map<String, Map.Entry<String, Pattern>> WORD_KEYS = Map.of(
            "proceedings.layout.", Map.entry("proceedings/.*MinutesLayout\\.java",
                    Pattern.compile("String name\\(\\) \\{\\s*return \"([a-z-]+)\";")),
            "proceedings.confidence.reason.", Map.entry("proceedings/MinutesConfidence\\.java",
                    Pattern.compile("(?<=new Field\\([^;]{0,120}?)\"([A-Za-z]+)\"")),
            "proceedings.review.field.", Map.entry("proceedings/MinutesConfidence\\.java",
                    Pattern.compile("fields\\.put\\(\"([A-Za-z]+)\"")));

    private static Set<String> wordsFor(String prefix) {
        Map.Entry<String, Pattern> where = WORD_KEYS.get(prefix);
        Set<String> words = new java.util.TreeSet<>();
        Pattern file = Pattern.compile(".*" + where.getKey());
        for (Path java : files(MAIN_JAVA, ".java")) {
            if (file.matcher(java.toString().replace('\\', '/')).matches()) {
                Matcher word = where.getValue().matcher(read(java));
                while (word.find()) {
                    words.add(word.group(1));
                }
            }
        }
        return words;
    }

    /** The actions a status report's history records (StatusReportService writes them as text). */
    enum ReportAction { SUBMITTED, RETURNED, APPROVED, CORRECTED }

    private static final Pattern ANY_MESSAGE = Pattern.compile("#\\{");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.-]+)'\\s*\\+\\s*\\$\\{[^}]+}}");
    /** The flash fragment shows #{${message}}; the controllers name the key. */
    private static final Pattern FLASH_KEY = Pattern.compile("#\\{\\$\\{message}}");
    private static final Pattern FLASH_MESSAGE = Pattern.compile("addFlashAttribute\\(\"message\",\\s*\"([^\"]+)\"\\)");
    /** Strategy pages show #{${l.messageKey()}} for links other modules contribute. */
    private static final Pattern PAGE_LINK_KEY = Pattern.compile("#\\{\\$\\{l\\.messageKey\\(\\)}}");
    private static final Pattern PAGE_LINK = Pattern.compile("new PageLink\\(\"([^\"]+)\"");
    private static final Pattern DOMAIN_MESSAGE = Pattern.compile(
            "(?:InvalidInputException\\(|errors\\.put(?:IfAbsent)?\\()[^,;]+,\\s*\"([^\"]+)\"\\)");

    /** Attributes a person reads or hears, which must come from messages like text does. */
    private static final Set<String> HUMAN_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt");
    /** Attributes whose element's content Thymeleaf replaces: what is written there is only a preview. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

    private static Map<String, String> bundle(String language) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> result.put(k, properties.getProperty(k)));
        return result;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message key the templates use, with the file that uses it. */
    private static Map<String, String> keysUsedInTemplates() {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> unrecognised = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = read(template);
            Matcher any = ANY_MESSAGE.matcher(html);
            while (any.find()) {
                String rest = html.substring(any.start());
                Matcher literal = LITERAL_KEY.matcher(rest);
                Matcher dynamic = DYNAMIC_KEY.matcher(rest);
                if (literal.lookingAt()) {
                    keys.putIfAbsent(literal.group(1), template.toString());
                } else if (dynamic.lookingAt()) {
                    if (WORD_KEYS.containsKey(dynamic.group(1))) {
                        Set<String> words = wordsFor(dynamic.group(1));
                        if (words.isEmpty()) {
                            unrecognised.add(template + ": " + dynamic.group() + " (no words found in the code)");
                        }
                        words.forEach(w -> keys.putIfAbsent(dynamic.group(1) + w, template.toString()));
                        continue;
                    }
                    Class<? extends Enum<?>> type = DYNAMIC_KEYS.get(dynamic.group(1));
                    if (type == null) {
                        unrecognised.add(template + ": " + dynamic.group());
                        continue;
                    }
                    Arrays.stream(type.getEnumConstants()).forEach(c -> keys.putIfAbsent(dynamic.group(1) + c.name(),
                            template.toString()));
                } else if (FLASH_KEY.matcher(rest).lookingAt()) {
                    Matcher flash = FLASH_MESSAGE.matcher("");
                    for (Path java : files(MAIN_JAVA, ".java")) {
                        flash.reset(read(java));
                        while (flash.find()) {
                            keys.putIfAbsent(flash.group(1), java.toString());
                        }
                    }
                } else if (PAGE_LINK_KEY.matcher(rest).lookingAt()) {
                    Matcher link = PAGE_LINK.matcher("");
                    for (Path java : files(MAIN_JAVA, ".java")) {
                        link.reset(read(java));
                        while (link.find()) {
                            keys.putIfAbsent(link.group(1), java.toString());
                        }
                    }
                } else {
                    unrecognised.add(template + ": " + rest.substring(0, Math.min(60, rest.length())));
                }
            }
        }
        assertThat(unrecognised).as("message expressions this test cannot check; teach it their keys").isEmpty();
        return keys;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> danish = bundle("da").keySet();
        Set<String> english = bundle("en").keySet();

        assertThat(new TreeSet<>(danish)).as("keys only in Danish").containsAll(english).hasSameSizeAs(english);
        assertThat(new TreeSet<>(english)).as("keys only in English").containsAll(danish);
    }

    @Test
    void noMessageIsEmptyAndNoKeyIsDefinedTwice() {
        for (String language : LANGUAGES) {
            assertThat(bundle(language)).as(language).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
            List<String> keys = read(RESOURCES.resolve("messages_" + language + ".properties")).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                    .map(l -> l.split("[=:]", 2)[0].strip())
                    .toList();
            assertThat(keys).as("keys defined twice in " + language).doesNotHaveDuplicates();
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Map<String, String> danish = bundle("da");
        Map<String, String> english = bundle("en");
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");

        danish.forEach((key, value) -> {
            if (english.containsKey(key)) {
                assertThat(placeholder.matcher(english.get(key)).results().map(r -> r.group(1)).sorted().toList())
                        .as(key).isEqualTo(placeholder.matcher(value).results().map(r -> r.group(1)).sorted().toList());
            }
        });
    }

    @Test
    void everyKeyTheTemplatesUseExistsInBothLanguages() {
        Map<String, String> used = keysUsedInTemplates();
        assertThat(used).containsKeys("home.title", "nav.skip", "strategy.kind.GOALS_AND_STRATEGIES", "goal.kind.MAIN_GOAL",
                "strategy.relation.incoming.PART_OF", "strategy.saved");

        for (String language : LANGUAGES) {
            Set<String> keys = bundle(language).keySet();
            assertThat(used.entrySet().stream().filter(e -> !keys.contains(e.getKey())).map(e -> e.getKey() + " (" + e.getValue() + ")"))
                    .as("keys missing in messages_" + language).isEmpty();
        }
    }

    @Test
    void everyFieldErrorTheFormsCanShowIsTranslatedInBothLanguages() {
        List<String> messages = new ArrayList<>();
        Matcher domain = DOMAIN_MESSAGE.matcher("");
        for (Path java : files(MAIN_JAVA.resolve(Path.of("dk", "pejling")), ".java")) {
            String where = java.toString().replace('\\', '/');
            if (where.contains("/organisation/") || where.contains("/api/")) {
                continue; // no web form edits organisations; the API answers in English by design
            }
            domain.reset(read(java));
            while (domain.find()) {
                messages.add(domain.group(1));
            }
        }
        assertThat(messages).contains("must not be blank", "the parent goal belongs to another strategy", "has an invalid value");
        messages.addAll(uploadMessages());

        for (String language : LANGUAGES) {
            Set<String> keys = bundle(language).keySet();
            assertThat(messages.stream().filter(m -> !keys.contains("validation." + FieldErrorMessages.key(m))).distinct())
                    .as("field errors without validation.* key in messages_" + language).isEmpty();
        }
    }

    /** The upload policy's messages carry sizes and types; ask it for real ones. */
    private static List<String> uploadMessages() {
        UploadPolicy policy = new UploadPolicy(new PejlingProperties(Path.of("target"), null, null,
                new PejlingProperties.Uploads(10, List.of("application/pdf")), null, null, null));
        List<String> messages = new ArrayList<>();
        Runnable[] refused = {
            () -> policy.check("a.pdf", "application/pdf", 0, new byte[0]),
            () -> policy.check("a.pdf", "application/pdf", 11, new byte[0]),
            () -> policy.check("a.exe", "application/x-msdownload", 5, new byte[0]),
            () -> policy.check("a.pdf", "application/pdf", 5, new byte[] {'M', 'Z'}),
        };
        for (Runnable call : refused) {
            try {
                call.run();
                throw new AssertionError("the upload policy accepted a file it should refuse");
            } catch (InvalidInputException e) {
                messages.addAll(e.fieldErrors().values());
            }
        }
        return messages;
    }

    @Test
    void templatesHoldNoHardCodedHumanText() {
        List<String> found = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            found.addAll(hardCodedText(template.toString(), Jsoup.parse(read(template))));
        }
        assertThat(found).as("text that should be a message (th:text=\"#{...}\")").isEmpty();
    }

    @Test
    void theTextCheckFindsHardCodedTextAndLabelsButNotPreviewsOrPunctuation() {
        Document doc = Jsoup.parse("<p>Gem</p><p th:text=\"#{form.save}\">Gem</p><span>– : ( ) ◎</span>"
                + "<div th:replace=\"~{x}\"><b>Forhåndsvisning</b></div><nav aria-label=\"Brødkrumme\"></nav>"
                + "<nav th:aria-label=\"#{nav.main}\"></nav>");

        assertThat(hardCodedText("sample", doc)).containsExactly("sample: \"Gem\" in <p>",
                "sample: aria-label=\"Brødkrumme\" on <nav>");
    }

    private static List<String> hardCodedText(String name, Document doc) {
        List<String> found = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (HUMAN_ATTRIBUTES.contains(attribute.getKey()) && isHumanText(attribute.getValue())) {
                    found.add(name + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
                }
            }
            if (insideReplacedContent(element)) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (isHumanText(text.text())) {
                    found.add(name + ": \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                }
            }
        }
        return found;
    }

    /** Letters or digits; punctuation and symbols such as "–", ":", "(", "◎" are not text to translate. */
    private static boolean isHumanText(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Inside an element whose content Thymeleaf replaces (the page root's th:replace only picks fragments). */
    private static boolean insideReplacedContent(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (!e.tagName().equals("html") && REPLACING.stream().anyMatch(e::hasAttr)) {
                return true;
            }
        }
        return false;
    }
}
