package dk.pejling.proceedings;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the page of one committee shows, read in one call ({@link ProceedingsReadModels#committee}).
 *
 * @param body     the body (municipality) the committee belongs to
 * @param persons  the committee's members' persons, by id
 * @param terms    the body's legislative terms
 */
public record CommitteePage(Committee committee, Body body, List<Meeting> meetings, Map<UUID, Person> persons,
                            List<LegislativeTerm> terms) {

    public CommitteePage {
        meetings = List.copyOf(meetings);
        persons = Map.copyOf(persons);
        terms = List.copyOf(terms);
    }
}
