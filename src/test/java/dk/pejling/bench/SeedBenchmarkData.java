package dk.pejling.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a Pejling database with benchmark data; not a test, and it needs no running application.
 * See bench/README.md: {@code bench/run.sh} starts the application once so that Flyway creates
 * the schema and the demo data brings the organisations, stops it, and then runs this program.
 *
 * <p>It reads the same environment variables as the application ({@code PEJLING_DB_URL},
 * {@code PEJLING_DB_USER}, {@code PEJLING_DB_PASSWORD}) and takes the number of strategies as its
 * only, optional, argument (default 10,000). It inserts that many strategies with Danish titles
 * and summaries, owners spread over the existing organisations, partners, themes, links,
 * relations, small goal trees and 10% internal, plus the strategy "Benchmark: 500 mål" (key
 * {@value #BENCHMARK_KEY}) with a 500-goal tree of depth 4. Everything goes in one transaction, in
 * JDBC batches, with a fixed random seed, so the data is the same on every run and on both
 * databases. When the benchmark strategy already exists it inserts nothing. Either way it prints
 * {@code BENCHMARK_STRATEGY_ID=<uuid>} as its last line.
 *
 * <p>An H2 file database must not be open in a running application while this runs.
 */
public final class SeedBenchmarkData {

    static final String BENCHMARK_KEY = "benchmark-500-maal";
    private static final int BATCH = 500;
    private static final OffsetDateTime BASE_TIME = OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static final String[] KINDS = {"STRATEGY", "POLICY", "PLAN", "ACTION_PLAN", "MASTER_PLAN",
            "SUB_AGREEMENT", "GOALS_AND_STRATEGIES"};
    private static final String[] KIND_TITLES = {"Strategi for", "Politik for", "Plan for", "Handleplan for",
            "Helhedsplan for", "Delaftale om", "Mål og strategier for"};
    private static final String[] KIND_WORDS = {"Strategien", "Politikken", "Planen", "Handleplanen",
            "Helhedsplanen", "Delaftalen", "Mål og strategier"};
    private static final String[] TOPICS = {"sundhed og trivsel", "grøn omstilling", "børn og unge", "beskæftigelse",
            "ældreområdet", "digitalisering", "klimatilpasning", "kultur og fritid", "erhvervsudvikling", "bosætning",
            "mobilitet og trafik", "inklusion i dagtilbud", "socialpsykiatrien", "misbrugsbehandling",
            "integration af nye borgere", "folkeoplysning", "byudvikling", "natur og biodiversitet",
            "nedbringelse af sygefravær", "et godt arbejdsmiljø", "fremtidens dagtilbud", "folkeskolen",
            "vejen til ungdomsuddannelse", "tryghed i boligområderne", "borgere med handicap", "forebyggelse",
            "rekruttering og fastholdelse", "velfærdsteknologi", "frivillighed og civilsamfund", "lighed i sundhed"};
    private static final String[] AREAS = {"Aalborg Øst", "Nørresundby", "Vejgaard", "Hasseris", "Løvvangen",
            "Kildeparken", "Svenstrup", "Nibe", "Storvorde", "Vodskov", "Hals", "Gug", "hele kommunen",
            "Nordjylland", "Sulsted", "Klarup"};
    private static final String[] SENTENCES = {
            "Indsatsen bygger på et tæt samarbejde mellem kommune, region, boligorganisationer og civilsamfund.",
            "Der følges op hvert år med en status til byrådet og de relevante fagudvalg.",
            "Målene er udarbejdet i dialog med borgere, medarbejdere, ledere og samarbejdspartnere.",
            "Planen understøtter kommunens vision og FN's verdensmål for bæredygtig udvikling.",
            "Der er afsat midler i budgettet til de første indsatser, og resten finansieres via puljer.",
            "Arbejdet tager udgangspunkt i den nyeste viden og i erfaringerne fra den forrige periode.",
            "Fokus er på tidlig indsats, sammenhængende forløb og borgerens egne ressourcer.",
            "Indikatorerne måles to gange årligt og offentliggøres på kommunens hjemmeside."};
    private static final String[] THEMES = {"Sundhed", "Klima", "Børn og unge", "Beskæftigelse", "Uddannelse",
            "Social", "Kultur", "Erhverv", "Tryghed", "Digitalisering", "Ældre", "Miljø", "Boligområder"};
    private static final String[] RELATION_KINDS = {"PART_OF", "BUILDS_ON", "REPLACES", "RELATED_TO"};
    private static final String[] GOAL_VERBS = {"At øge", "At styrke", "At reducere", "At udvikle", "At sikre",
            "At fremme", "At forbedre", "At fastholde"};
    private static final String[] GOAL_OBJECTS = {"andelen af unge i uddannelse eller job", "trivslen blandt elever",
            "samarbejdet på tværs af forvaltninger", "sygefraværet blandt medarbejdere", "borgernes oplevede tryghed",
            "antallet af grønne arealer", "brugen af velfærdsteknologi", "lighed i sundhed", "den fysiske aktivitet",
            "inddragelsen af frivillige", "kvaliteten i dagtilbuddene", "CO2-udledningen fra kommunens bygninger"};

    private final Connection db;
    private final Random random = new Random(20261123L);
    private final OffsetDateTime now = BASE_TIME;

    private SeedBenchmarkData(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv("PEJLING_DB_URL");
        if (url == null || url.isBlank()) {
            System.err.println("Set PEJLING_DB_URL (and PEJLING_DB_USER, PEJLING_DB_PASSWORD) to the database to seed.");
            System.exit(2);
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Properties props = new Properties();
        props.setProperty("user", env("PEJLING_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : "postgres"));
        props.setProperty("password", env("PEJLING_DB_PASSWORD", ""));
        if (url.startsWith("jdbc:postgresql:")) {
            props.setProperty("reWriteBatchedInserts", "true");
        }
        try (Connection db = DriverManager.getConnection(url, props)) {
            db.setAutoCommit(false);
            UUID id = new SeedBenchmarkData(db).seed(count);
            System.out.println("BENCHMARK_STRATEGY_ID=" + id);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private UUID seed(int count) throws SQLException {
        UUID existing = benchmarkStrategy();
        if (existing != null) {
            System.out.println("Already seeded: the strategy '" + BENCHMARK_KEY + "' exists; nothing inserted.");
            return existing;
        }
        List<UUID> orgs = organisations();
        if (orgs.size() < 4) {
            throw new IllegalStateException("Found " + orgs.size() + " organisations: start the application once with "
                    + "PEJLING_DEMO_DATA=true so that the schema and the demo organisations exist, stop it, then seed.");
        }
        long start = System.nanoTime();
        List<UUID> strategies = new ArrayList<>(count);
        int goals = 0;
        try (Inserts in = new Inserts(db)) {
            for (int i = 0; i < count; i++) {
                UUID id = uuid();
                strategies.add(id);
                insertStrategy(in, id, i, orgs, strategies);
                goals += insertSmallTree(in, id);
            }
            UUID benchmark = insertBenchmarkStrategy(in, orgs, strategies);
            in.flush();
            db.commit();
            analyse();
            System.out.printf("Seeded %d strategies and %d goals, plus '%s' with 500 goals, in %d ms%n", count, goals,
                    BENCHMARK_KEY, (System.nanoTime() - start) / 1_000_000);
            return benchmark;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    private UUID benchmarkStrategy() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM strategy WHERE slug = ?")) {
            ps.setString(1, BENCHMARK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private List<UUID> organisations() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM organisation ORDER BY slug, name")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private void insertStrategy(Inserts in, UUID id, int n, List<UUID> orgs, List<UUID> earlier) throws SQLException {
        int kind = random.nextInt(KINDS.length);
        String topic = pick(TOPICS);
        int from = 2010 + random.nextInt(17);
        int years = 1 + random.nextInt(6);
        LocalDate periodFrom = random.nextInt(20) == 0 ? null : LocalDate.of(from, 1, 1);
        LocalDate periodTo = random.nextInt(20) == 0 ? null : LocalDate.of(from + years - 1, 12, 31);
        String title = KIND_TITLES[kind] + " " + topic + " " + (periodFrom == null ? "" : from + "–" + (from + years - 1) + " ")
                + "(" + pick(AREAS) + ")";
        String summary = KIND_WORDS[kind] + " beskriver, hvordan vi sammen vil arbejde med " + topic + " i "
                + pick(AREAS) + ". " + pick(SENTENCES) + " " + pick(SENTENCES);
        UUID owner = orgs.get(random.nextInt(orgs.size()));
        String visibility = random.nextInt(10) == 0 ? "INTERNAL" : "PUBLIC";
        in.strategy(id, "bench-" + n, title, KINDS[kind], owner, periodFrom, periodTo, status(), summary, visibility,
                now.minusDays(random.nextInt(3000)));

        if (random.nextInt(100) < 35) {
            Set<UUID> partners = new LinkedHashSet<>();
            int wanted = 1 + random.nextInt(3);
            while (partners.size() < wanted) {
                UUID p = orgs.get(random.nextInt(orgs.size()));
                if (!p.equals(owner)) {
                    partners.add(p);
                }
            }
            for (UUID p : partners) {
                in.partner(id, p);
            }
        }
        Set<String> themes = new LinkedHashSet<>();
        int themeCount = random.nextInt(4);
        while (themes.size() < themeCount) {
            themes.add(pick(THEMES));
        }
        for (String theme : themes) {
            in.theme(id, theme);
        }
        if (random.nextInt(100) < 30) {
            in.link(id, 0, uuid(), "Dokumentet på kommunens hjemmeside", "https://www.aalborg.dk/strategier/bench-" + n);
        }
        if (earlier.size() > 1 && random.nextInt(100) < 5) {
            UUID target = earlier.get(random.nextInt(earlier.size() - 1));
            in.relation(id, pick(RELATION_KINDS), target);
        }
    }

    /** Up to eight goals in two levels, so that the goal table is not only the benchmark strategy's. */
    private int insertSmallTree(Inserts in, UUID strategy) throws SQLException {
        int mains = random.nextInt(4);
        int total = 0;
        for (int m = 0; m < mains; m++) {
            UUID main = uuid();
            in.goal(main, strategy, null, String.valueOf(m + 1), "MAIN_GOAL", goalTitle(), m, "PUBLIC");
            total++;
            int subs = random.nextInt(3);
            for (int s = 0; s < subs; s++) {
                in.goal(uuid(), strategy, main, (m + 1) + "." + (s + 1), "GOAL", goalTitle(), s, "PUBLIC");
                total++;
            }
        }
        return total;
    }

    /**
     * "Benchmark: 500 mål": public, adopted, with partners, themes, links, three outgoing and five
     * incoming relations, and a goal tree of depth 4: 1 mission, 7 main goals, 49 goals, 443 sub-goals.
     */
    private UUID insertBenchmarkStrategy(Inserts in, List<UUID> orgs, List<UUID> strategies) throws SQLException {
        UUID id = UUID.nameUUIDFromBytes(BENCHMARK_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        in.strategy(id, BENCHMARK_KEY, "Benchmark: 500 mål", "STRATEGY", orgs.get(0), LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 12, 31), "ADOPTED",
                "En stor strategi til ydelsesmålingen: et måltræ med 500 mål i fire niveauer. " + SENTENCES[0] + " "
                        + SENTENCES[1], "PUBLIC", now);
        for (int i = 1; i <= 3; i++) {
            in.partner(id, orgs.get(i));
        }
        in.theme(id, "Sundhed");
        in.theme(id, "Beskæftigelse");
        in.theme(id, "Børn og unge");
        in.link(id, 0, uuid(), "Strategien som PDF", "https://www.aalborg.dk/strategier/benchmark.pdf");
        in.link(id, 1, uuid(), "Baggrundsnotat", "https://www.aalborg.dk/strategier/benchmark-notat.pdf");
        for (int i = 0; i < 3; i++) {
            in.relation(id, RELATION_KINDS[i], strategies.get(i * 7 + 1));
        }
        for (int i = 0; i < 5; i++) {
            in.relation(strategies.get(strategies.size() - 1 - i * 11), "BUILDS_ON", id);
        }
        UUID mission = uuid();
        in.goal(mission, id, null, null, "MISSION", "Alle borgere skal have mulighed for et godt og aktivt liv", 0, "PUBLIC");
        int goals = 1;
        List<UUID> level3 = new ArrayList<>();
        List<String> level3Codes = new ArrayList<>();
        for (int m = 1; m <= 7; m++) {
            UUID main = uuid();
            in.goal(main, id, mission, String.valueOf(m), "MAIN_GOAL", goalTitle(), m - 1, "PUBLIC");
            goals++;
            for (int g = 1; g <= 7; g++) {
                UUID goal = uuid();
                in.goal(goal, id, main, m + "." + g, "GOAL", goalTitle(), g - 1, "PUBLIC");
                goals++;
                level3.add(goal);
                level3Codes.add(m + "." + g);
            }
        }
        int[] children = new int[level3.size()];
        for (int i = 0; goals < 500; i++, goals++) {
            int parent = i % level3.size();
            int order = children[parent]++;
            in.goal(uuid(), id, level3.get(parent), level3Codes.get(parent) + "." + (order + 1), "SUB_GOAL",
                    goalTitle(), order, "PUBLIC");
        }
        return id;
    }

    private void analyse() throws SQLException {
        // Fresh planner statistics, as autovacuum (PostgreSQL) or a later ANALYZE (H2) would give a live database.
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("ANALYZE");
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private String status() {
        int r = random.nextInt(100);
        return r < 50 ? "ADOPTED" : r < 70 ? "EXPIRED" : r < 80 ? "DRAFT" : r < 90 ? "IN_HEARING" : "REPLACED";
    }

    private String goalTitle() {
        return pick(GOAL_VERBS) + " " + pick(GOAL_OBJECTS) + (random.nextBoolean() ? "" : " i " + pick(AREAS));
    }

    /** A version-4 UUID from the seeded generator, so that every run writes the same ids. */
    private UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The insert statements, each flushed as a JDBC batch every {@value #BATCH} rows and in foreign-key order. */
    private static final class Inserts implements AutoCloseable {

        private final PreparedStatement strategy;
        private final PreparedStatement partner;
        private final PreparedStatement theme;
        private final PreparedStatement link;
        private final PreparedStatement relation;
        private final PreparedStatement goal;
        private int pending;

        Inserts(Connection db) throws SQLException {
            strategy = db.prepareStatement("INSERT INTO strategy (id, slug, title, kind, owner_id, period_from, period_to, "
                    + "status, summary, visibility, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
            partner = db.prepareStatement("INSERT INTO strategy_partner (strategy_id, organisation_id) VALUES (?, ?)");
            theme = db.prepareStatement("INSERT INTO strategy_theme (strategy_id, theme) VALUES (?, ?)");
            link = db.prepareStatement("INSERT INTO strategy_link (strategy_id, position, id, title, url) VALUES (?, ?, ?, ?, ?)");
            relation = db.prepareStatement("INSERT INTO strategy_relation (strategy_id, kind, target_id) VALUES (?, ?, ?)");
            goal = db.prepareStatement("INSERT INTO strategy_goal (id, strategy_id, parent_id, code, kind, title, description, "
                    + "sort_order, visibility, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
        }

        void strategy(UUID id, String slug, String title, String kind, UUID owner, LocalDate from, LocalDate to,
                      String status, String summary, String visibility, OffsetDateTime created) throws SQLException {
            strategy.setObject(1, id);
            strategy.setString(2, slug);
            strategy.setString(3, title);
            strategy.setString(4, kind);
            strategy.setObject(5, owner);
            date(strategy, 6, from);
            date(strategy, 7, to);
            strategy.setString(8, status);
            strategy.setString(9, summary);
            strategy.setString(10, visibility);
            strategy.setObject(11, created);
            strategy.setObject(12, created);
            add(strategy);
        }

        void partner(UUID strategyId, UUID organisation) throws SQLException {
            partner.setObject(1, strategyId);
            partner.setObject(2, organisation);
            add(partner);
        }

        void theme(UUID strategyId, String name) throws SQLException {
            theme.setObject(1, strategyId);
            theme.setString(2, name);
            add(theme);
        }

        void link(UUID strategyId, int position, UUID id, String title, String url) throws SQLException {
            link.setObject(1, strategyId);
            link.setInt(2, position);
            link.setObject(3, id);
            link.setString(4, title);
            link.setString(5, url);
            add(link);
        }

        void relation(UUID strategyId, String kind, UUID target) throws SQLException {
            relation.setObject(1, strategyId);
            relation.setString(2, kind);
            relation.setObject(3, target);
            add(relation);
        }

        void goal(UUID id, UUID strategyId, UUID parent, String code, String kind, String title, int order,
                  String visibility) throws SQLException {
            goal.setObject(1, id);
            goal.setObject(2, strategyId);
            if (parent == null) {
                goal.setNull(3, Types.OTHER);
            } else {
                goal.setObject(3, parent);
            }
            goal.setString(4, code);
            goal.setString(5, kind);
            goal.setString(6, title);
            goal.setString(7, "Målet følges op med indikatorer, som rapporteres til det ansvarlige udvalg.");
            goal.setInt(8, order);
            goal.setString(9, visibility);
            goal.setObject(10, BASE_TIME);
            goal.setObject(11, BASE_TIME);
            add(goal);
        }

        private static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.DATE);
            } else {
                statement.setObject(index, value);
            }
        }

        private void add(PreparedStatement statement) throws SQLException {
            statement.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        }

        /** Parents before children: strategies first, goals last (a goal's parent is always added before it). */
        void flush() throws SQLException {
            strategy.executeBatch();
            partner.executeBatch();
            theme.executeBatch();
            link.executeBatch();
            relation.executeBatch();
            goal.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(strategy, partner, theme, link, relation, goal)) {
                ps.close();
            }
        }
    }
}
