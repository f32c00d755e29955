package dk.pejling.strategy;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A strategy, policy or plan in the shared register, with its partners, themes, documents and
 * relations to other strategies. Goals are a separate aggregate that refers to the strategy by id.
 */
public class Strategy {

    @Id
    private final UUID id;
    private final String slug;
    private String title;
    private StrategyKind kind;
    private UUID ownerId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LifecycleStatus status;
    private String summary;
    private Visibility visibility;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "strategy_id")
    private Set<StrategyPartner> partners = new LinkedHashSet<>();
    @MappedCollection(idColumn = "strategy_id")
    private Set<StrategyTheme> themes = new LinkedHashSet<>();
    @MappedCollection(idColumn = "strategy_id", keyColumn = "position")
    private List<StrategyLink> links = new ArrayList<>();
    @MappedCollection(idColumn = "strategy_id")
    private Set<StrategyRelation> relations = new LinkedHashSet<>();

    @PersistenceCreator
    Strategy(UUID id, String slug, String title, StrategyKind kind, UUID ownerId, LocalDate periodFrom,
             LocalDate periodTo, LifecycleStatus status, String summary, Visibility visibility, Long version,
             Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.slug = slug;
        this.title = title;
        this.kind = kind;
        this.ownerId = ownerId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = status;
        this.summary = summary;
        this.visibility = visibility;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Strategy create(StrategyId id, String slug, StrategyDetails details, Instant now) {
        Strategy strategy = new Strategy(id.value(), slug, null, null, null, null, null, null, null, null, null, now, now);
        strategy.apply(details, now);
        return strategy;
    }

    /** Replaces the user-editable state. Uploaded files survive as long as their link is kept. */
    void apply(StrategyDetails details, Instant now) {
        this.title = details.title();
        this.kind = details.kind();
        this.ownerId = details.ownerId().value();
        this.periodFrom = details.period().from();
        this.periodTo = details.period().to();
        this.status = details.status();
        this.summary = details.summary();
        this.visibility = details.visibility();
        this.partners = details.partnerIds().stream()
                .filter(p -> !p.equals(details.ownerId()))
                .map(p -> new StrategyPartner(p.value()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.themes = details.themes().stream().map(StrategyTheme::new).collect(Collectors.toCollection(LinkedHashSet::new));
        this.links = mergeLinks(details.links());
        this.relations = details.relations().stream()
                .peek(r -> {
                    if (r.target().value().equals(id)) {
                        throw new InvalidInputException("relations", "a strategy cannot relate to itself");
                    }
                })
                .map(r -> new StrategyRelation(r.kind(), r.target().value()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.updatedAt = now;
    }

    /**
     * Adds relations to other strategies, keeping those it has. Used by the register import, which
     * creates the strategies of a file first and relates them afterwards, so a relation may name a
     * strategy further down the file.
     */
    void addRelations(List<StrategyDetails.RelationInput> added, Instant now) {
        for (StrategyDetails.RelationInput r : added) {
            if (r.target().value().equals(id)) {
                throw new InvalidInputException("relations", "a strategy cannot relate to itself");
            }
            relations.add(new StrategyRelation(r.kind(), r.target().value()));
        }
        this.updatedAt = now;
    }

    private List<StrategyLink> mergeLinks(List<StrategyDetails.LinkInput> inputs) {
        Map<UUID, StrategyLink> existing = links.stream().collect(Collectors.toMap(StrategyLink::id, Function.identity()));
        List<StrategyLink> merged = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StrategyDetails.LinkInput input = inputs.get(i);
            StrategyLink old = input.id() == null ? null : existing.get(input.id());
            if (input.id() != null && old == null) {
                throw new InvalidInputException("links[" + i + "].id", "no such document on this strategy");
            }
            String url = input.url() == null || input.url().isBlank() ? null : input.url().strip();
            if (old != null && old.isFile()) {
                merged.add(new StrategyLink(old.id(), input.title().strip(), null, old.fileName(), old.contentType(), old.sizeBytes()));
            } else {
                if (url == null && (input.withoutAddress() || (old != null && old.isTitleOnly()))) {
                    merged.add(new StrategyLink(old == null ? UUID.randomUUID() : old.id(), input.title().strip(), null,
                            null, null, null));
                    continue;
                }
                if (url == null) {
                    throw new InvalidInputException("links[" + i + "].url", "must be given for a link");
                }
                merged.add(new StrategyLink(old == null ? UUID.randomUUID() : old.id(), input.title().strip(), url, null, null, null));
            }
        }
        return merged;
    }

    /** Adds an uploaded file as a document; the caller has stored the bytes under {@code link.id()}. */
    void attachFile(StrategyLink link, Instant now) {
        links.add(link);
        updatedAt = now;
    }

    void removeLink(UUID linkId, Instant now) {
        links.removeIf(l -> l.id().equals(linkId));
        updatedAt = now;
    }

    public StrategyId id() {
        return new StrategyId(id);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public StrategyKind kind() {
        return kind;
    }

    public OrganisationId ownerId() {
        return new OrganisationId(ownerId);
    }

    public Period period() {
        return new Period(periodFrom, periodTo);
    }

    public LifecycleStatus status() {
        return status;
    }

    public String summary() {
        return summary;
    }

    public Visibility visibility() {
        return visibility;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<OrganisationId> partnerIds() {
        return partners.stream().map(p -> new OrganisationId(p.organisationId())).toList();
    }

    public List<String> themes() {
        return themes.stream().map(StrategyTheme::theme).sorted(Comparator.naturalOrder()).toList();
    }

    public List<StrategyLink> links() {
        return List.copyOf(links);
    }

    public Optional<StrategyLink> link(UUID linkId) {
        return links.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    public List<StrategyRelation> relations() {
        return List.copyOf(relations);
    }
}
