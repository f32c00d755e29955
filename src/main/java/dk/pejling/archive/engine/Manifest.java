package dk.pejling.archive.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}: what an archive is and how to check it. Written last (it holds the hash and
 * size of every other entry) and read first.
 *
 * @param formatVersion  the layout of the archive; a reader refuses a newer one
 * @param flywayVersion  the schema version the data was read at (null when the schema had no history)
 * @param scope          all, organisation or public
 * @param rowCounts      rows per table
 * @param entries        every other entry's SHA-256 and size in bytes
 * @param sharedRecords  scope organisation: keys of shared records (other organisations) its rows refer to
 */
public record Manifest(int formatVersion, String appVersion, String flywayVersion, String scope, String organisation,
                       Instant createdAt, Map<String, Long> rowCounts, Map<String, Entry> entries,
                       Map<String, List<String>> sharedRecords) {

    public static final String FORMAT = "pejling-archive";
    public static final int FORMAT_VERSION = 1;
    public static final String NAME = "manifest.json";

    /** Keys sorted: Map.of has no stable order, and the bytes must be the same in every run. */
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public record Entry(String sha256, long size) {
    }

    public Manifest {
        rowCounts = new TreeMap<>(rowCounts);
        entries = new TreeMap<>(entries);
        sharedRecords = sharedRecords == null ? Map.of() : new TreeMap<>(sharedRecords);
    }

    public byte[] toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("format_version", formatVersion);
        root.put("app_version", appVersion);
        root.put("flyway_version", flywayVersion);
        root.put("scope", scope);
        if (organisation != null) {
            root.put("organisation", organisation);
        }
        root.put("created_at", createdAt.toString());
        root.put("row_counts", rowCounts);
        Map<String, Object> hashed = new LinkedHashMap<>();
        entries.forEach((name, e) -> hashed.put(name, Map.of("sha256", e.sha256(), "size", e.size())));
        root.put("entries", hashed);
        if (!sharedRecords.isEmpty()) {
            root.put("shared_records", sharedRecords); // records of others that the scope's rows refer to
        }
        return JSON.writeValueAsBytes(root);
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException with a reason a person can act on
     */
    public static Manifest parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("manifest.json is not valid JSON");
        }
        if (root == null || !FORMAT.equals(root.path("format").asString(null))) {
            throw new IllegalArgumentException("manifest.json does not describe a Pejling archive");
        }
        int version = root.path("format_version").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new IllegalArgumentException("the archive has format version " + version
                    + ", written by a newer Pejling; this installation reads format version " + FORMAT_VERSION
                    + " and older: upgrade Pejling first");
        }
        if (version < 1) {
            throw new IllegalArgumentException("manifest.json has no valid format_version");
        }
        Map<String, Long> counts = new TreeMap<>();
        root.path("row_counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        Map<String, Entry> entries = new TreeMap<>();
        root.path("entries").properties().forEach(e -> entries.put(e.getKey(),
                new Entry(e.getValue().path("sha256").asString(""), e.getValue().path("size").asLong(-1))));
        Instant created;
        try {
            created = Instant.parse(root.path("created_at").asString(""));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("manifest.json has no valid created_at");
        }
        return new Manifest(version, root.path("app_version").asString(null), root.path("flyway_version").asString(null),
                root.path("scope").asString("all"), root.path("organisation").asString(null), created, counts, entries,
                Map.of());
    }
}
