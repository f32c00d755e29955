package dk.pejling.indicator;

import dk.pejling.indicator.attainment.IndicatorSnapshot;
import dk.pejling.indicator.store.IndicatorRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of indicators. An indicator that serves an internal goal is itself internal, so its
 * stored visibility is the effective one.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private static final String WHAT = "indicator";
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final IndicatorRepository repository;
    private final dk.pejling.indicator.store.IndicatorQueries queries;
    private final GoalService goals;
    private final IndicatorPermissions permissions;
    private final Clock clock;

    IndicatorService(IndicatorRepository repository, dk.pejling.indicator.store.IndicatorQueries queries,
                     GoalService goals, IndicatorPermissions permissions, Clock clock) {
        this.permissions = permissions;
        this.repository = repository;
        this.queries = queries;
        this.goals = goals;
        this.clock = clock;
    }

    /** The indicators serving any of the goals, e.g. those an initiative's owner can report values for. */
    public List<Indicator> forGoals(java.util.Collection<UUID> goalIds, Viewer viewer) {
        // the goals are one strategy's (an initiative's); read internal indicators only where all are readable
        boolean internal = viewer.isAdmin() || (!goalIds.isEmpty()
                && goals.strategiesOf(goalIds).stream().allMatch(viewer::readsInternal));
        List<UUID> ids = queries.serving(goalIds, internal).stream().map(IndicatorSnapshot::id).toList();
        return ids.isEmpty() ? List.of() : repository.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Indicator::name)).toList();
    }

    public Indicator get(IndicatorId id, Viewer viewer) {
        return repository.findById(id.value()).filter(i -> visible(i, viewer))
                .orElseThrow(() -> new NotFoundException(WHAT, id.value()));
    }

    /**
     * The indicator a file names by its key (slug) or id; empty when there is none the viewer may
     * see, so an internal indicator is as unknown to the public as a missing one.
     */
    public Optional<Indicator> findByKey(String key, Viewer viewer) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String k = key.strip();
        Optional<Indicator> found = repository.findBySlug(k);
        if (found.isEmpty() && !k.equals(k.toLowerCase(Locale.ROOT))) {
            found = repository.findBySlug(k.toLowerCase(Locale.ROOT));
        }
        if (found.isEmpty() && UUID_FORM.matcher(k).matches()) {
            found = repository.findById(UUID.fromString(k));
        }
        return found.filter(i -> visible(i, viewer));
    }

    /** Every indicator the viewer may see: the public ones for the anonymous public. */
    public List<Indicator> allVisible(Viewer viewer) {
        return repository.findAll().stream().filter(i -> visible(i, viewer)).toList();
    }

    public ListPage<Indicator> list(PageQuery page, GoalId goal, Viewer viewer) {
        UUID goalId = goal == null ? null : goal.value();
        Viewer.InternalScope scope = viewer.internalScope();
        return new ListPage<>(repository.search(page.likePattern(), goalId, scope.all(), scope.sqlList(), page.size(), page.offset()),
                repository.countMatching(page.likePattern(), goalId, scope.all(), scope.sqlList()));
    }

    /** Public, and linked to no internal goal; or readable through one of its goals' strategies. */
    public boolean visible(Indicator indicator, Viewer viewer) {
        return goals.linkedRecordVisible(indicator.visibility(), goalIdsOf(indicator.goals()), viewer);
    }

    private static List<UUID> goalIdsOf(List<GoalLink> links) {
        return links.stream().map(GoalLink::goalId).toList();
    }

    /** Serialises changes to one indicator's measurements for the rest of the transaction. */
    @Transactional
    public void lock(IndicatorId id) {
        repository.lock(id.value());
    }

    @Transactional
    public Indicator create(IndicatorDetails details, String slug, Viewer viewer) {
        permissions.requireDefine(details.goals(), viewer);
        if (slug != null && repository.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("key", "is already used by another indicator");
        }
        return repository.save(Indicator.create(slug, effective(details, viewer), clock.instant()));
    }

    @Transactional
    public Indicator update(IndicatorId id, long expectedVersion, IndicatorDetails details, Viewer viewer) {
        Indicator indicator = get(id, viewer);
        Viewer.require(permissions.mayDefine(indicator.goals(), viewer) && permissions.mayDefine(details.goals(), viewer));
        VersionConflictException.check(WHAT, id.value(), expectedVersion, indicator.version());
        indicator.apply(effective(details, viewer), clock.instant());
        return repository.save(indicator);
    }

    @Transactional
    public void delete(IndicatorId id, Viewer viewer) {
        Indicator indicator = get(id, viewer);
        permissions.requireDefine(indicator.goals(), viewer);
        repository.delete(indicator);
    }

    /** Checks the goals exist and makes the indicator internal when one of them is. */
    private IndicatorDetails effective(IndicatorDetails details, Viewer viewer) {
        Visibility visibility = details.visibility();
        List<String> unknown = new ArrayList<>();
        for (GoalLink link : details.goals()) {
            try {
                Goal goal = goals.get(new GoalId(link.goalId()), viewer);
                visibility = visibility.within(goal.visibility());
            } catch (NotFoundException e) {
                unknown.add(link.goalId().toString());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("goals", "no such goal: " + String.join(", ", unknown));
        }
        return new IndicatorDetails(details.name(), details.definition(), details.unit(), details.decimals(),
                details.direction(), details.frequency(), details.population(), details.sourceName(),
                details.sourceOwner(), details.sourceUrl(), visibility, details.goals(), details.baselines(),
                details.targets());
    }
}
