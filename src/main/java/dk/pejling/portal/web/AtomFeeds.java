package dk.pejling.portal.web;

import dk.pejling.portal.PublicData;
import dk.pejling.portal.PublicViews;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.SiteProperties;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds (RFC 4287) per strategy and per goal: approved status rounds, new values and the goal's
 * verdict. Feeds need no sign-up and no e-mail address, so the portal stores nothing about subscribers.
 * Written with the JDK's XML writer, which escapes every text.
 */
@Controller
class AtomFeeds {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";
    private final PublicData data;
    private final SiteProperties site;
    private final String baseUrl;

    AtomFeeds(PublicData data, SiteProperties site, PejlingProperties properties) {
        this.data = data;
        this.site = site;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/portal/strategier/{strategy}/feed.atom")
    ResponseEntity<String> strategy(@PathVariable String strategy, Locale locale) {
        PublicViews.StrategyPage s = data.strategy(strategy, locale);
        return feed("/portal/strategier/" + s.key(), s.title(), s.lastModified(), s.feed());
    }

    @GetMapping("/portal/maal/{goal}/feed.atom")
    ResponseEntity<String> goal(@PathVariable UUID goal, Locale locale) {
        PublicViews.GoalPage g = data.goal(goal, null, locale);
        return feed("/portal/maal/" + g.id(), g.title(), g.lastModified(), g.feed());
    }

    private ResponseEntity<String> feed(String path, String title, Instant updated, List<PublicViews.FeedEntry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", baseUrl + path);
            element(xml, "title", title + " – " + site.name());
            element(xml, "updated", time(updated));
            link(xml, "self", baseUrl + path + "/feed.atom");
            link(xml, "alternate", baseUrl + path);
            xml.writeStartElement("author");
            element(xml, "name", site.name());
            xml.writeEndElement();
            for (PublicViews.FeedEntry e : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "tag:" + host() + ",2026:" + e.id());
                element(xml, "title", e.title());
                element(xml, "updated", time(e.updated() == null ? updated : e.updated()));
                link(xml, "alternate", baseUrl + e.href());
                if (e.summary() != null) {
                    element(xml, "summary", e.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an Atom feed", e);
        }
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private String host() {
        return java.net.URI.create(baseUrl).getHost();
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format((t == null ? Instant.EPOCH : t).truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
