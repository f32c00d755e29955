package dk.pejling.organisation;

import dk.pejling.organisation.store.OrganisationRepository;
import dk.pejling.shared.AdministratorsOnly;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the organisation register. Organisations are public; changing them needs an editor. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private static final String WHAT = "organisation";
    private final OrganisationRepository repository;
    private final Clock clock;

    OrganisationService(OrganisationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Organisation get(OrganisationId id) {
        return repository.findById(id.value()).orElseThrow(() -> new NotFoundException(WHAT, id.value()));
    }

    public Optional<Organisation> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public ListPage<Organisation> list(PageQuery query) {
        return new ListPage<>(repository.search(query.likePattern(), query.size(), query.offset()),
                repository.countMatching(query.likePattern()));
    }

    /** All organisations, ordered by name; the register holds hundreds, not millions. */
    public List<Organisation> all() {
        return repository.findAllByOrderByName();
    }

    public Map<OrganisationId, Organisation> byIds(Collection<OrganisationId> ids) {
        Set<UUID> raw = new HashSet<>();
        ids.forEach(id -> raw.add(id.value()));
        Map<OrganisationId, Organisation> result = new java.util.HashMap<>();
        repository.findAllById(raw).forEach(o -> result.put(o.id(), o));
        return result;
    }

    /** The organisation and every unit below it, at any depth. */
    public Set<UUID> unitsOf(OrganisationId organisation) {
        Map<UUID, List<UUID>> children = new java.util.HashMap<>();
        for (Organisation o : repository.findAll()) {
            if (o.parentId() != null) {
                children.computeIfAbsent(o.parentId().value(), k -> new java.util.ArrayList<>()).add(o.id().value());
            }
        }
        Set<UUID> result = new java.util.LinkedHashSet<>();
        java.util.Deque<UUID> todo = new java.util.ArrayDeque<>(List.of(organisation.value()));
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** The organisation and every organisation above it, nearest first. */
    public List<UUID> selfAndAncestors(OrganisationId organisation) {
        List<UUID> result = new java.util.ArrayList<>();
        OrganisationId current = organisation;
        for (int depth = 0; current != null && depth < 50 && !result.contains(current.value()); depth++) {
            result.add(current.value());
            current = repository.findById(current.value()).map(Organisation::parentId).orElse(null);
        }
        return result;
    }

    /** Whether {@code unit} is {@code organisation} itself or lies anywhere below it in the tree. */
    public boolean isSameOrUnitOf(OrganisationId unit, OrganisationId organisation) {
        OrganisationId current = unit;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (current.equals(organisation)) {
                return true;
            }
            current = repository.findById(current.value()).map(Organisation::parentId).orElse(null);
        }
        return false;
    }

    public boolean exists(OrganisationId id) {
        return repository.existsById(id.value());
    }

    @Transactional
    public Organisation create(OrganisationDetails details, String slug, Viewer viewer) {
        AdministratorsOnly.require(viewer); // the register of organisations is shared by everyone: administrators keep it
        requireParentExists(details.parentId());
        if (slug != null && repository.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("key", "is already used by another organisation");
        }
        return repository.save(Organisation.create(OrganisationId.random(), slug, details, clock.instant()));
    }

    @Transactional
    public Organisation update(OrganisationId id, long expectedVersion, OrganisationDetails details, Viewer viewer) {
        AdministratorsOnly.require(viewer); // the register of organisations is shared by everyone: administrators keep it
        Organisation organisation = get(id);
        VersionConflictException.check(WHAT, id.value(), expectedVersion, organisation.version());
        requireParentExists(details.parentId());
        requireNoCycle(id, details.parentId());
        organisation.apply(details, clock.instant());
        return repository.save(organisation);
    }

    @Transactional
    public void delete(OrganisationId id, Viewer viewer) {
        AdministratorsOnly.require(viewer); // the register of organisations is shared by everyone: administrators keep it
        get(id);
        try {
            repository.deleteById(id.value());
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("id", "the organisation is still used by strategies, users or units");
        }
    }

    private void requireParentExists(OrganisationId parentId) {
        if (parentId != null && !exists(parentId)) {
            throw new InvalidInputException("parentId", "no such organisation");
        }
    }

    private void requireNoCycle(OrganisationId id, OrganisationId newParent) {
        OrganisationId current = newParent;
        while (current != null) {
            if (current.equals(id)) {
                throw new InvalidInputException("parentId", "an organisation cannot be placed under itself");
            }
            current = get(current).parentId();
        }
    }
}
