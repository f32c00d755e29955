package dk.pejling.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a Pejling database for {@code bench/oparl.sh}: one committee "Benchmarkudvalget" of the
 * first body (the demo data's Aalborg Kommune) with 5,000 meetings of 20 agenda items each
 * (100,000 items; every tenth closed, every fifth with an attachment, about half with a case
 * number), in JDBC batches in one transaction with a fixed random seed. Not a test; it needs no
 * running application, and an H2 file database must not be open elsewhere while it runs. Reads
 * {@code PEJLING_DB_URL}, {@code PEJLING_DB_USER}, {@code PEJLING_DB_PASSWORD}; the optional argument
 * is the number of items. Prints {@code BODY_ID=<uuid>} last.
 */
public final class SeedOParlData {

    private static final int BATCH = 1_000;
    private static final int ITEMS_PER_MEETING = 20;
    private static final String[] TITLES = {"Godkendelse af dagsorden", "Orientering om reform af beskæftigelsesindsatsen",
            "Vurdering af analysen af jobcentrenes ressourceforbrug", "Tilsyn med andre aktører",
            "Udkast til strategien \"Tryg Aalborg - en mere tryg kommune\" 2014-2017", "Orientering fra rådmand og direktør",
            "Budgetopfølgning", "Høring om sundhedspolitik", "Eventuelt", "Godkendelse af referat"};
    private static final String DESCRIPTION = "Familie- og Beskæftigelsesforvaltningen fremsender til udvalgets orientering "
            + "en status for indsatsen. Sagsbeskrivelse: Jobcenter Aalborg har siden 2004 haft samarbejde med andre aktører "
            + "om varetagelsen af indsatsen for udvalgte målgrupper af forsikrede ledige.";

    private SeedOParlData() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv("PEJLING_DB_URL");
        if (url == null || url.isBlank()) {
            System.err.println("Set PEJLING_DB_URL (and PEJLING_DB_USER, PEJLING_DB_PASSWORD) to the database to seed.");
            System.exit(2);
        }
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Properties props = new Properties();
        props.setProperty("user", System.getenv().getOrDefault("PEJLING_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : "postgres"));
        props.setProperty("password", System.getenv().getOrDefault("PEJLING_DB_PASSWORD", ""));
        try (Connection db = DriverManager.getConnection(url, props)) {
            db.setAutoCommit(false);
            UUID body;
            try (ResultSet rs = db.createStatement().executeQuery("SELECT id FROM proceedings_body ORDER BY created_at LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no body: load the demo data first");
                }
                body = rs.getObject(1, UUID.class);
            }
            Random random = new Random(20261124L);
            Instant base = Instant.parse("2014-01-01T08:00:00Z");
            Timestamp now = Timestamp.from(base);
            UUID committee = new UUID(random.nextLong(), random.nextLong());
            try (PreparedStatement c = db.prepareStatement("INSERT INTO committee (id, body_id, name, kind, version, created_at, updated_at) "
                    + "VALUES (?, ?, 'Benchmarkudvalget', 'COMMITTEE', 0, ?, ?)")) {
                c.setObject(1, committee);
                c.setObject(2, body);
                c.setTimestamp(3, now);
                c.setTimestamp(4, now);
                c.executeUpdate();
            }
            try (PreparedStatement meeting = db.prepareStatement("INSERT INTO meeting (id, committee_id, meeting_date, start_time, "
                    + "end_time, place, status, deleted, version, created_at, updated_at) VALUES (?, ?, ?, TIME '13:00:00', "
                    + "TIME '16:00:00', 'Mødelokale E, Sønderbro 12, 9000 Aalborg', 'MINUTES_PUBLISHED', FALSE, 0, ?, ?)");
                 PreparedStatement item = db.prepareStatement("INSERT INTO agenda_item (id, meeting_id, body_id, number, sort_order, title, "
                         + "closed, case_number, description, recommendation, decision, deleted, version, created_at, updated_at) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?, ?)");
                 PreparedStatement file = db.prepareStatement("INSERT INTO agenda_item_attachment (agenda_item_id, position, "
                         + "file_id, name) VALUES (?, 0, ?, ?)")) {
                UUID meetingId = null;
                for (int i = 0; i < items; i++) {
                    Timestamp at = Timestamp.from(base.plus(i, ChronoUnit.MINUTES));
                    if (i % ITEMS_PER_MEETING == 0) {
                        meetingId = new UUID(random.nextLong(), random.nextLong());
                        meeting.setObject(1, meetingId);
                        meeting.setObject(2, committee);
                        meeting.setObject(3, LocalDate.of(2014, 1, 1).plusDays(i / ITEMS_PER_MEETING));
                        meeting.setTimestamp(4, at);
                        meeting.setTimestamp(5, at);
                        meeting.addBatch();
                    }
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    item.setObject(1, id);
                    item.setObject(2, meetingId);
                    item.setObject(3, body);
                    item.setString(4, String.valueOf(i % ITEMS_PER_MEETING + 1));
                    item.setInt(5, i % ITEMS_PER_MEETING);
                    item.setString(6, TITLES[i % TITLES.length]);
                    item.setBoolean(7, i % 10 == 9);
                    item.setString(8, i % 2 == 0 ? "2014-" + (1000 + i) : null);
                    item.setString(9, DESCRIPTION);
                    item.setString(10, "Forvaltningen indstiller, at udvalget tager orienteringen til efterretning.");
                    item.setString(11, "Til orientering.");
                    item.setTimestamp(12, at);
                    item.setTimestamp(13, at);
                    item.addBatch();
                    if (i % 5 == 0) {
                        file.setObject(1, id);
                        file.setObject(2, new UUID(random.nextLong(), random.nextLong()));
                        file.setString(3, "Statusrapport " + i + ".docx");
                        file.addBatch();
                    }
                    if ((i + 1) % BATCH == 0 || i == items - 1) {
                        meeting.executeBatch();
                        item.executeBatch();
                        file.executeBatch();
                    }
                }
            }
            db.commit();
            System.out.println("Seeded " + items + " agenda items in " + (items + ITEMS_PER_MEETING - 1) / ITEMS_PER_MEETING + " meetings");
            System.out.println("BODY_ID=" + body);
        }
    }
}
