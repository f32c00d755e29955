package dk.pejling.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open-data catalogue in DCAT-AP-DK 2.0.2: one catalogue, one dataset per public strategy with a
 * CSV, an "Excel (dansk)" CSV and a JSON distribution. Built as a small list of resources and written
 * from that one list as Turtle and as JSON-LD, so the two files always say the same. Written by hand
 * rather than with an RDF library: the catalogue has a fixed shape, and the library (Jena) is needed
 * only by the test that validates the result against the Danish SHACL shapes.
 */
public final class DcatCatalog {

    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("dcat", "http://www.w3.org/ns/dcat#");
        PREFIXES.put("dct", "http://purl.org/dc/terms/");
        PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    /** A value of a property: an IRI, or a literal with a language or a datatype. */
    record Term(String iri, String literal, String language, String datatype) {
        static Term iri(String iri) { return new Term(iri, null, null, null); }
        static Term text(String text) { return new Term(null, text, "da", null); }
        static Term plain(String text) { return new Term(null, text, null, null); }
        static Term time(Instant t) {
            return new Term(null, DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS)), null, "xsd:dateTime");
        }
    }

    /** A resource with its types and properties (compact names such as "dct:title"). */
    record Resource(String iri, List<String> types, Map<String, List<Term>> properties) {
        Resource(String iri, String... types) {
            this(iri, List.of(types), new LinkedHashMap<>());
        }

        Resource add(String property, Term value) {
            if (value != null && (value.iri() != null || (value.literal() != null && !value.literal().isBlank()))) {
                properties.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
            }
            return this;
        }
    }

    /** One dataset: a public strategy and where its files are. */
    public record Dataset(String key, String title, String description, List<String> keywords, Instant modified) {
    }

    private final List<Resource> resources = new ArrayList<>();

    /**
     * @param baseUrl    the site's public address, without a trailing slash
     * @param title      the catalogue's title
     * @param publisher  the publishing authority's name
     * @param licenceUrl the licence of the catalogue and every file
     */
    public DcatCatalog(String baseUrl, String title, String description, String publisher, String licenceUrl,
                       List<Dataset> datasets) {
        String agent = baseUrl + "/data/catalog#publisher";
        Resource catalog = new Resource(baseUrl + "/data/catalog", "dcat:Catalog")
                .add("dct:title", Term.text(title)).add("dct:description", Term.text(description))
                .add("dct:publisher", Term.iri(agent)).add("foaf:homepage", Term.iri(baseUrl + "/portal"))
                .add("dct:license", Term.iri(licenceUrl));
        datasets.stream().map(Dataset::modified).max(Instant::compareTo).ifPresent(t -> catalog.add("dct:modified", Term.time(t)));
        resources.add(catalog);
        resources.add(new Resource(agent, "foaf:Agent").add("foaf:name", Term.plain(publisher)));
        resources.add(new Resource(baseUrl + "/portal", "foaf:Document"));
        resources.add(new Resource(licenceUrl, "dct:LicenseDocument"));
        for (Dataset d : datasets) {
            String iri = baseUrl + "/data/strategier/" + d.key();
            catalog.add("dcat:dataset", Term.iri(iri));
            Resource dataset = new Resource(iri, "dcat:Dataset").add("dct:identifier", Term.plain(iri))
                    .add("dct:title", Term.text(d.title())).add("dct:description", Term.text(d.description()))
                    .add("dct:publisher", Term.iri(agent)).add("dcat:landingPage", Term.iri(baseUrl + "/portal/strategier/" + d.key()));
            if (d.modified() != null) {
                dataset.add("dct:modified", Term.time(d.modified()));
            }
            d.keywords().forEach(k -> dataset.add("dcat:keyword", Term.text(k)));
            resources.add(dataset);
            resources.add(new Resource(baseUrl + "/portal/strategier/" + d.key(), "foaf:Document"));
            distribution(dataset, iri + "/data.csv", "CSV (UTF-8)", "text/csv", "CSV", licenceUrl);
            distribution(dataset, iri + "/data-excel.csv", "Excel (dansk): CSV med semikolon, decimalkomma og BOM", "text/csv", "CSV", licenceUrl);
            distribution(dataset, iri + "/data.json", "JSON", "application/json", "JSON", licenceUrl);
        }
    }

    private void distribution(Resource dataset, String url, String title, String mediaType, String format, String licence) {
        String iri = url + "#distribution";
        dataset.add("dcat:distribution", Term.iri(iri));
        resources.add(new Resource(iri, "dcat:Distribution").add("dct:title", Term.text(title))
                .add("dcat:accessURL", Term.iri(url)).add("dcat:downloadURL", Term.iri(url))
                .add("dcat:mediaType", Term.iri("https://www.iana.org/assignments/media-types/" + mediaType))
                .add("dct:format", Term.iri("http://publications.europa.eu/resource/authority/file-type/" + format))
                .add("dct:license", Term.iri(licence)));
    }

    /** The catalogue as Turtle. */
    public String turtle() {
        StringBuilder out = new StringBuilder();
        PREFIXES.forEach((p, ns) -> out.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        for (Resource r : resources) {
            out.append('\n').append(iriRef(r.iri())).append("\n  a ").append(String.join(", ", r.types()));
            r.properties().forEach((property, values) -> {
                out.append(" ;\n  ").append(property).append(' ');
                List<String> written = values.stream().map(DcatCatalog::turtleTerm).toList();
                out.append(String.join(", ", written));
            });
            out.append(" .\n");
        }
        return out.toString();
    }

    /** The catalogue as JSON-LD (a graph with the same prefixes as its context). */
    public Map<String, Object> jsonLd() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", new LinkedHashMap<>(PREFIXES));
        List<Map<String, Object>> graph = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", r.iri());
            node.put("@type", r.types());
            r.properties().forEach((property, values) -> node.put(property, values.stream().map(DcatCatalog::jsonTerm).toList()));
            graph.add(node);
        }
        doc.put("@graph", graph);
        return doc;
    }

    private static Object jsonTerm(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t.iri() != null) {
            m.put("@id", t.iri());
            return m;
        }
        m.put("@value", t.literal());
        if (t.language() != null) {
            m.put("@language", t.language());
        }
        if (t.datatype() != null) {
            m.put("@type", t.datatype());
        }
        return m;
    }

    private static String turtleTerm(Term t) {
        if (t.iri() != null) {
            return iriRef(t.iri());
        }
        String quoted = "\"" + escape(t.literal()) + "\"";
        return t.language() != null ? quoted + "@" + t.language() : t.datatype() != null ? quoted + "^^" + t.datatype() : quoted;
    }

    /** Turtle string escapes (ECHAR): backslash, quote and the control characters a text may hold. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An IRI between angle brackets; characters Turtle forbids there are percent-encoded. */
    static String iriRef(String iri) {
        StringBuilder out = new StringBuilder("<");
        for (char c : iri.toCharArray()) {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('>').toString();
    }
}
