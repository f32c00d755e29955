package dk.pejling.proceedings.oparl;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The OParl 1.1 read API (https://oparl.org/spezifikation/): the open part of the proceedings for
 * anyone. It always answers as the anonymous public, whoever is signed in, so a closed agenda
 * item shows only its number, title and place on the agenda, and its files are not listed.
 * What each answer holds is {@link OParlReader}'s and {@link OParlMapper}'s; this class only routes.
 */
@RestController
@RequestMapping(path = "/oparl/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class OParlController {

    private final OParlReader reader;

    OParlController(OParlReader reader) {
        this.reader = reader;
    }

    @ModelAttribute
    void openToEveryone(HttpServletResponse response) {
        // Any site may read open data (the specification recommends CORS for all origins).
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    /** Every link in the answer starts with the application's address as the client called it. */
    private static OParlMapper mapper() {
        return new OParlMapper(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    @GetMapping({"", "/", "/system"})
    OParlObject.System system() {
        return mapper().system();
    }

    @GetMapping("/bodies")
    OParlList<OParlObject.Body> bodies(OParlListRequest request) {
        return reader.bodies(request, mapper());
    }

    @GetMapping("/body/{id}")
    OParlObject.Body body(@PathVariable UUID id) {
        return reader.body(id, mapper());
    }

    // ---------------------------------------------------------------- lists

    @GetMapping("/body/{id}/organization")
    OParlList<OParlObject.Organization> organizations(@PathVariable UUID id, OParlListRequest request) {
        return reader.organizations(id, request, mapper());
    }

    @GetMapping("/body/{id}/person")
    OParlList<OParlObject.Person> persons(@PathVariable UUID id, OParlListRequest request) {
        return reader.persons(id, request, mapper());
    }

    @GetMapping("/body/{id}/membership")
    OParlList<OParlObject.Membership> memberships(@PathVariable UUID id, OParlListRequest request) {
        return reader.memberships(id, request, mapper());
    }

    @GetMapping("/body/{id}/meeting")
    OParlList<OParlObject> meetings(@PathVariable UUID id, OParlListRequest request) {
        return reader.meetings(id, request, mapper());
    }

    @GetMapping("/organization/{id}/meeting")
    OParlList<OParlObject> meetingsOfOrganization(@PathVariable UUID id, OParlListRequest request) {
        return reader.meetingsOfOrganization(id, request, mapper());
    }

    @GetMapping("/body/{id}/agendaItem")
    OParlList<OParlObject> agendaItems(@PathVariable UUID id, OParlListRequest request) {
        return reader.agendaItems(id, request, mapper());
    }

    @GetMapping("/body/{id}/consultation")
    OParlList<OParlObject> consultations(@PathVariable UUID id, OParlListRequest request) {
        return reader.consultations(id, request, mapper());
    }

    @GetMapping("/body/{id}/paper")
    OParlList<OParlObject.Paper> papers(@PathVariable UUID id, OParlListRequest request) {
        return reader.papers(id, request, mapper());
    }

    @GetMapping("/body/{id}/file")
    OParlList<OParlObject.File> files(@PathVariable UUID id, OParlListRequest request) {
        return reader.files(id, request, mapper());
    }

    @GetMapping("/body/{id}/locationList")
    OParlList<OParlObject.Location> locations(@PathVariable UUID id, OParlListRequest request) {
        return reader.locations(id, request, mapper());
    }

    @GetMapping("/body/{id}/legislativeTermList")
    OParlList<OParlObject.LegislativeTerm> terms(@PathVariable UUID id, OParlListRequest request) {
        return reader.terms(id, request, mapper());
    }

    // ---------------------------------------------------------------- single objects

    @GetMapping("/organization/{id}")
    OParlObject.Organization organization(@PathVariable UUID id) {
        return reader.organization(id, mapper());
    }

    @GetMapping("/person/{id}")
    OParlObject.Person person(@PathVariable UUID id) {
        return reader.person(id, mapper());
    }

    @GetMapping("/membership/{id}")
    OParlObject.Membership membership(@PathVariable UUID id) {
        return reader.membership(id, mapper());
    }

    @GetMapping("/meeting/{id}")
    OParlObject meeting(@PathVariable UUID id) {
        return reader.meeting(id, mapper());
    }

    @GetMapping("/agendaItem/{id}")
    OParlObject agendaItem(@PathVariable UUID id) {
        return reader.agendaItem(id, mapper());
    }

    @GetMapping("/consultation/{id}")
    OParlObject consultation(@PathVariable UUID id) {
        return reader.consultation(id, mapper());
    }

    @GetMapping("/paper/{id}")
    OParlObject.Paper paper(@PathVariable UUID id) {
        return reader.paper(id, mapper());
    }

    @GetMapping("/file/{id}")
    OParlObject.File file(@PathVariable UUID id) {
        return reader.file(id, mapper());
    }

    @GetMapping("/location/{id}")
    OParlObject.Location location(@PathVariable UUID id) {
        return reader.location(id, mapper());
    }

    @GetMapping("/legislativeTerm/{id}")
    OParlObject.LegislativeTerm term(@PathVariable UUID id) {
        return reader.term(id, mapper());
    }
}
