package dk.pejling.proceedings;

import dk.pejling.proceedings.store.BodyRepository;
import dk.pejling.proceedings.store.CommitteeRepository;
import dk.pejling.proceedings.store.LegislativeTermRepository;
import dk.pejling.proceedings.store.PersonRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bodies, their committees, legislative terms and the persons who sit in them: public records. */
@Service
@Transactional(readOnly = true)
public class Committees {

    private final BodyRepository bodies;
    private final CommitteeRepository committees;
    private final PersonRepository persons;
    private final LegislativeTermRepository terms;
    private final Clock clock;
    private final ProceedingsPermissions permissions;

    Committees(BodyRepository bodies, CommitteeRepository committees, PersonRepository persons,
               LegislativeTermRepository terms, Clock clock, ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.bodies = bodies;
        this.committees = committees;
        this.persons = persons;
        this.terms = terms;
        this.clock = clock;
    }

    public List<Body> bodies() {
        return bodies.findAllOrdered();
    }

    public Body body(UUID id) {
        return bodies.findById(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    public List<Committee> committees() {
        return committees.findAllOrdered();
    }

    public Committee committee(UUID id) {
        return committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
    }

    public Map<UUID, Person> persons(Set<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : persons.findByIds(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public List<LegislativeTerm> terms(UUID bodyId) {
        return terms.findByBody(bodyId);
    }

    @Transactional
    public LegislativeTerm addTerm(UUID bodyId, String name, LocalDate start, LocalDate end, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        return terms.save(LegislativeTerm.create(body(bodyId).id(), name.strip(), start, end, clock.instant()));
    }
}
