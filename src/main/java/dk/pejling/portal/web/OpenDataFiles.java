package dk.pejling.portal.web;

import dk.pejling.portal.OpenDataStrategy;
import dk.pejling.portal.OpenDataTable;
import dk.pejling.portal.PortalProperties;
import dk.pejling.portal.PortalReadModels;
import dk.pejling.portal.PublicData;
import dk.pejling.portal.PublicViews;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Open data at stable URLs: per public strategy as CSV, "Excel (dansk)" CSV and JSON, and per
 * indicator the numbers behind its chart. Always in Danish (the data, not the page, is what is
 * published), so the same URL always answers the same bytes.
 */
@Controller
class OpenDataFiles {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final PublicData data;
    private final PortalReadModels readModels;
    private final PortalProperties properties;

    OpenDataFiles(PublicData data, PortalReadModels readModels, PortalProperties properties) {
        this.data = data;
        this.readModels = readModels;
        this.properties = properties;
    }

    /** The open data files are Danish (their column names are), so their period labels are too. */
    private static final java.util.Locale OPEN_DATA_LANGUAGE = java.util.Locale.forLanguageTag("da");

    @GetMapping("/data/strategier/{strategy}/data.csv")
    ResponseEntity<String> strategyCsv(@PathVariable String strategy) {
        return csv(strategy, OpenDataTable.Dialect.STANDARD, ".csv");
    }

    @GetMapping("/data/strategier/{strategy}/data-excel.csv")
    ResponseEntity<String> strategyExcel(@PathVariable String strategy) {
        return csv(strategy, OpenDataTable.Dialect.EXCEL_DANISH, "-excel.csv");
    }

    private ResponseEntity<String> csv(String strategy, OpenDataTable.Dialect dialect, String suffix) {
        OpenDataStrategy open = readModels.openDataStrategy(strategy, OPEN_DATA_LANGUAGE);
        PublicViews.StrategyPage page = open.page();
        String body = OpenDataTable.csv(OpenDataTable.HEADER, OpenDataTable.rows(page, open.indicators()), dialect,
                OpenDataTable.numberColumns());
        return file(body, CSV, page.key() + suffix);
    }

    @GetMapping("/data/strategier/{strategy}/data.json")
    ResponseEntity<Map<String, Object>> strategyJson(@PathVariable String strategy) {
        OpenDataStrategy open = readModels.openDataStrategy(strategy, OPEN_DATA_LANGUAGE);
        PublicViews.StrategyPage page = open.page();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("strategy", Map.of("id", page.id(), "key", page.key(), "title", page.title(), "status", page.status(),
                "kind", page.kind()));
        json.put("owner", page.owner());
        json.put("partners", page.partners());
        json.put("period", periodOf(page));
        json.put("licence", Map.of("name", properties.licenceName(), "url", properties.licenceUrl()));
        json.put("goals", page.goals());
        json.put("indicators", open.indicators().stream().map(OpenDataFiles::withoutChart).toList());
        json.put("initiatives", page.initiatives());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(page.key() + ".json").build().toString())
                .body(json);
    }

    @GetMapping("/portal/indikatorer/{indicator}/data.csv")
    ResponseEntity<String> indicatorCsv(@PathVariable UUID indicator) {
        PublicViews.IndicatorItem i = data.indicator(indicator, OPEN_DATA_LANGUAGE);
        List<String> header = List.of("periode", "vaerdi", "interval_lav", "interval_hoej", "n", "kilde");
        List<List<String>> rows = new ArrayList<>();
        for (PublicViews.Value v : i.values()) {
            List<String> r = new ArrayList<>();
            r.add(v.period());
            r.add(plain(v.value()));
            r.add(plain(v.ciLow()));
            r.add(plain(v.ciHigh()));
            r.add(v.sampleSize() == null ? null : v.sampleSize().toString());
            r.add(v.source());
            rows.add(r);
        }
        return file(OpenDataTable.csv(header, rows, OpenDataTable.Dialect.STANDARD, Set.of()), CSV, "indikator-" + indicator + ".csv");
    }

    @GetMapping("/portal/indikatorer/{indicator}/data.json")
    ResponseEntity<Map<String, Object>> indicatorJson(@PathVariable UUID indicator) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(withoutChart(data.indicator(indicator, OPEN_DATA_LANGUAGE)));
    }

    /** The indicator as data: everything but the drawing. */
    private static Map<String, Object> withoutChart(PublicViews.IndicatorItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("name", i.name());
        m.put("definition", i.definition());
        m.put("unit", i.unit());
        m.put("decimals", i.decimals());
        m.put("direction", i.direction());
        m.put("population", i.population());
        m.put("source", i.source());
        m.put("sourceUrl", i.sourceUrl());
        m.put("baselines", i.baselines());
        m.put("targets", i.targets());
        m.put("values", i.values());
        m.put("suppressedValues", i.suppressed());
        m.put("verdict", i.verdict());
        m.put("explanation", i.explanation());
        m.put("goals", i.goals());
        return m;
    }

    private static Map<String, Object> periodOf(PublicViews.StrategyPage page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", page.from());
        m.put("to", page.to());
        return m;
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static ResponseEntity<String> file(String body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
