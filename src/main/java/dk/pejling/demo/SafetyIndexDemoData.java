package dk.pejling.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.FeedService;
import dk.pejling.safetyindex.ImportKind;
import dk.pejling.safetyindex.IndicatorFeed;
import dk.pejling.safetyindex.IndexInputs;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import dk.pejling.safetyindex.InputImport;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.safetyindex.SurveyWave;
import dk.pejling.shared.BeforeServing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The safety index demo: the areas, the shipped method version 1.0.0 (public), the published shares
 * with their sources, crime and population as small STRAF11/FOLK1A-shaped files (through the import,
 * so the demo uses the same path as a municipality would), and for Aalborg's areas respondents
 * generated to match the shares in {@code demo/safetyindex/areas.yaml}, marked SYNTETISK. Then the
 * values of 2015–2017 (Tryg Aalborg's period), 2019 (Nivåhøj) and 2021 (Danmark) are computed. Runs after the main demo data, on an empty index.
 */
@Component
class SafetyIndexDemoData extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(SafetyIndexDemoData.class);
    /** Post-stratification weights of six age × gender cells: the generated sample over-represents some. */
    private static final double[] CELL_WEIGHTS = {0.72, 0.85, 0.95, 1.05, 1.2, 1.45};

    private final DemoDataLoader demo;
    private final SafetyIndexService service;
    private final FeedService feeds;
    private final InputImport imports;
    private final Clock clock;
    private final ObjectMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    SafetyIndexDemoData(DemoDataLoader demo, SafetyIndexService service, FeedService feeds, InputImport imports, Clock clock) {
        this.demo = demo;
        this.service = service;
        this.feeds = feeds;
        this.imports = imports;
        this.clock = clock;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<AreaEntry> areas, List<Published> published, List<Synthetic> synthetic, List<Feed> feeds) {
    }

    record AreaEntry(String code, String name, String kind, String parent) {
    }

    record Published(String area, String period, String indicator, double share, long n, double designEffect, String source) {
    }

    record Feed(String indicator, String area, String method, String component, String baseline) {
    }

    record Synthetic(String area, int n, List<Double> tryg, List<Double> aften, List<Double> problemer) {
    }

    /** After the main demo data, before the web server: the first page already shows the index. */
    @Override
    protected int order() {
        return 20;
    }

    @Override
    protected void runBeforeServing() {
        if (!demo.wanted() || !service.methods(DemoDataLoader.SYSTEM).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        File file = yaml.readValue(text("demo/safetyindex/areas.yaml"), File.class);
        service.saveAreas(file.areas().stream().map(a -> new Area(a.code(), a.name(), Area.Kind.valueOf(a.kind()), a.parent()))
                .toList(), DemoDataLoader.SYSTEM);
        service.saveMethod(text("safetyindex/method-1.0.0.yaml"), true, DemoDataLoader.SYSTEM);
        for (Published p : file.published()) {
            service.saveShare(new IndexInputs.ShareAggregate(p.area(), Period.of(p.period()), p.indicator(), p.share(), p.n(),
                    p.n() / p.designEffect(), p.source()), DemoDataLoader.SYSTEM);
        }
        imports.run(ImportKind.CRIME, "straf11-syntetisk.csv", bytes("demo/safetyindex/straf11-syntetisk.csv"), null, false,
                DemoDataLoader.SYSTEM);
        imports.run(ImportKind.POPULATION, "folk1a-syntetisk.csv", bytes("demo/safetyindex/folk1a-syntetisk.csv"), null, false,
                DemoDataLoader.SYSTEM);
        Random random = new Random(20_261_202L);
        for (Feed f : file.feeds()) {
            feeds.save(new IndicatorFeed(f.indicator(), f.area(), f.method(), f.component(),
                    f.baseline() == null ? null : Period.of(f.baseline())), DemoDataLoader.SYSTEM);
        }
        for (int y = 0; y < 3; y++) {
            int year = 2015 + y;
            List<Respondent> respondents = new ArrayList<>();
            for (Synthetic s : file.synthetic()) {
                respondents.addAll(generate(s, Period.of(String.valueOf(year)), y, random));
            }
            service.saveWave(new SurveyWave(UUID.randomUUID(), "Tryghedsmåling Aalborg " + year + " (SYNTETISK)", "Pejling demo",
                    Period.of(String.valueOf(year)), LocalDate.of(year, 6, 1), LocalDate.of(year, 9, 15), null, respondents.size(),
                    "SYNTETISK: svar genereret til at ramme de offentliggjorte andele; ikke indsamlet.", List.of("tryg_nabolag",
                    "tryg_aften", "problemer"), true, "SYNTETISK", clock.instant()), respondents, DemoDataLoader.SYSTEM);
        }
        for (String period : List.of("2015", "2016", "2017", "2019", "2021")) {
            service.compute("1.0.0", Period.of(period), DemoDataLoader.SYSTEM);
        }
        log.info("Loaded the safety index demo in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * {@code n} respondents whose unweighted shares are exactly the target shares: answers 1–3 ("tryg")
     * on the first item for round(n·p) of them, and so on; each in a random age × gender cell.
     */
    static List<Respondent> generate(Synthetic s, Period period, int year, Random random) {
        int n = s.n();
        List<int[]> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(new int[3]);
        }
        fill(answers, 0, Math.round(n * s.tryg().get(year)), new int[] {1, 2, 3}, new int[] {4, 5, 6, 7}, random);
        fill(answers, 1, Math.round(n * s.aften().get(year)), new int[] {1, 2}, new int[] {3, 4}, random);
        fill(answers, 2, Math.round(n * s.problemer().get(year)), new int[] {3, 4, 5}, new int[] {1, 2}, random);
        List<Respondent> out = new ArrayList<>(n);
        for (int[] a : answers) {
            out.add(new Respondent(s.area(), period, CELL_WEIGHTS[random.nextInt(CELL_WEIGHTS.length)], a));
        }
        return out;
    }

    private static void fill(List<int[]> answers, int item, long counted, int[] yes, int[] no, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int k = 0; k < order.size(); k++) {
            int[] pool = k < counted ? yes : no;
            answers.get(order.get(k))[item] = pool[random.nextInt(pool.length)];
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
