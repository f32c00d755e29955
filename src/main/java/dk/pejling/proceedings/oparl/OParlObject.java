package dk.pejling.proceedings.oparl;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The objects of the OParl 1.1 specification that Pejling serves, one record per type, with their fields in the order
 * the API writes them. A null field is left out of the JSON (the application writes no nulls), which is how OParl
 * marks a value as unknown; a deleted object is only its {@link Deleted} stub.
 */
sealed interface OParlObject {

    String NAMESPACE = "https://schema.oparl.org/1.1/";

    String id();

    String type();

    String created();

    String modified();

    record System(String id, String type, String oparlVersion, String body, String name, String website,
                  String created, String modified, String web) implements OParlObject {
    }

    record Body(String id, String type, String system, String shortName, String name, String organization,
                String person, String meeting, String paper, String agendaItem, String consultation, String file,
                String locationList, String legislativeTermList, String membership,
                List<LegislativeTerm> legislativeTerm, String classification, String created, String modified,
                String web) implements OParlObject {
    }

    record Organization(String id, String type, String body, String name, List<String> membership, String meeting,
                        String organizationType, String classification, String created, String modified,
                        String web) implements OParlObject {
    }

    record Person(String id, String type, String body, String name, List<String> status, List<Membership> membership,
                  String created, String modified) implements OParlObject {
    }

    record Membership(String id, String type, String person, String organization, String role, boolean votingRight,
                      String startDate, String endDate, String created, String modified) implements OParlObject {
    }

    record Meeting(String id, String type, String name, String meetingState, boolean cancelled, String start,
                   String end, Location location, List<String> organization, List<OParlObject> agendaItem,
                   String created, String modified, String web) implements OParlObject {
    }

    record Location(String id, String type, String description, List<String> bodies, List<String> meetings,
                    String created, String modified) implements OParlObject {
    }

    record AgendaItem(String id, String type, String meeting, String number, int order, String name,
                      @JsonProperty("public") boolean open, String consultation, String resolutionText,
                      List<File> auxiliaryFile, List<String> keyword, String created, String modified,
                      String web) implements OParlObject {
    }

    record Consultation(String id, String type, String paper, String agendaItem, String meeting,
                        List<String> organization, boolean authoritative, String created,
                        String modified) implements OParlObject {
    }

    record Paper(String id, String type, String body, String name, String reference, String paperType,
                 List<OParlObject> consultation, String created, String modified, String web) implements OParlObject {
    }

    record File(String id, String type, String name, String fileName, String accessUrl, List<String> meeting,
                List<String> agendaItem, String created, String modified) implements OParlObject {
    }

    record LegislativeTerm(String id, String type, String body, String name, String startDate, String endDate,
                           String created, String modified) implements OParlObject {
    }

    /** What is left of a deleted object: the specification lists it (with modified_since) so that copies drop it too. */
    record Deleted(String id, String type, String created, String modified, boolean deleted) implements OParlObject {
    }
}
