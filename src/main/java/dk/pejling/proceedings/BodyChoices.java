package dk.pejling.proceedings;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.proceedings.store.BodyRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which body imported minutes belong to: a top-level organisation of the register (a municipality, a police
 * district), the one named like the committee, or the only body there is.
 */
@Component
class BodyChoices {

    private final BodyRepository bodies;
    private final OrganisationService organisations;

    BodyChoices(BodyRepository bodies, OrganisationService organisations) {
        this.bodies = bodies;
        this.organisations = organisations;
    }

    /** The top-level organisations of the register: each can be a body of its own. */
    List<BodyChoice> choices() {
        return organisations.all().stream().filter(o -> o.parentId() == null)
                .map(o -> new BodyChoice(o.id().value(), o.name()))
                .sorted(Comparator.comparing(BodyChoice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The body a meeting of this committee would belong to if none is chosen: the top organisation of the
     * organisation named like the committee, else the only body there is; empty when it must be chosen.
     */
    Optional<UUID> likelyBody(String committeeName) {
        if (committeeName != null && !committeeName.isBlank()) {
            Optional<Organisation> named = organisationNamed(committeeName.strip());
            if (named.isPresent()) {
                return Optional.of(topOf(named.get()).id().value());
            }
        }
        List<Body> all = bodies.findAllOrdered();
        return all.size() == 1 ? Optional.ofNullable(all.getFirst().organisationId()) : Optional.empty();
    }

    /** The body of the given organisation, or else the likely one, created on first use. */
    Body bodyFor(String committeeName, UUID bodyOrganisationId, Instant now) {
        UUID organisation = bodyOrganisationId;
        if (organisation == null) {
            Optional<Organisation> named = organisationNamed(committeeName);
            if (named.isPresent()) {
                organisation = topOf(named.get()).id().value();
            }
        }
        if (organisation != null) {
            UUID org = organisation;
            Organisation o;
            try {
                o = organisations.get(new OrganisationId(org));
            } catch (NotFoundException e) {
                throw new InvalidInputException("body", "no such organisation");
            }
            return bodies.findByOrganisation(org).orElseGet(() -> bodies.save(Body.create(org, o.name(), o.shortName(), now)));
        }
        List<Body> all = bodies.findAllOrdered();
        if (all.size() == 1) {
            return all.getFirst();
        }
        throw new InvalidInputException("body", "must be given");
    }

    /** The organisation of the register named like the committee, if any (a committee that is an organisation). */
    Optional<Organisation> organisationNamed(String name) {
        return organisations.all().stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
    }

    private Organisation topOf(Organisation organisation) {
        Organisation current = organisation;
        Set<UUID> seen = new LinkedHashSet<>();
        while (current.parentId() != null && seen.add(current.id().value())) {
            current = organisations.get(current.parentId());
        }
        return current;
    }
}
