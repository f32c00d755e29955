package dk.pejling.portal.web;

import dk.pejling.portal.DcatCatalog;
import dk.pejling.portal.PortalProperties;
import dk.pejling.portal.PortalReadModels;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.SiteProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The DCAT-AP-DK catalogue of the public strategies, for Open Data DK's harvester (ckanext-dcat reads
 * either file and deletes datasets that disappear from it).
 */
@Controller
class CatalogFiles {

    private final PortalReadModels readModels;
    private final PortalProperties portal;
    private final SiteProperties site;
    private final String baseUrl;

    CatalogFiles(PortalReadModels readModels, PortalProperties portal, SiteProperties site, PejlingProperties properties) {
        this.readModels = readModels;
        this.portal = portal;
        this.site = site;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/data/catalog.ttl")
    ResponseEntity<String> turtle() {
        return ResponseEntity.ok().contentType(new MediaType("text", "turtle", StandardCharsets.UTF_8)).body(catalog().turtle());
    }

    @GetMapping("/data/catalog.jsonld")
    ResponseEntity<Map<String, Object>> jsonLd() {
        return ResponseEntity.ok().contentType(new MediaType("application", "ld+json", StandardCharsets.UTF_8)).body(catalog().jsonLd());
    }

    DcatCatalog catalog() {
        List<DcatCatalog.Dataset> datasets = readModels.catalogDatasets();
        String publisher = portal.publisher() != null ? portal.publisher() : site.name();
        return new DcatCatalog(baseUrl, site.name() + " – åbne data om strategier",
                "Offentlige strategier med mål, indikatorer, målinger, vurderinger og indsatsernes status.", publisher,
                portal.licenceUrl(), datasets);
    }
}
