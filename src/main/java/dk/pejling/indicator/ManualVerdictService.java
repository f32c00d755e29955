package dk.pejling.indicator;

import dk.pejling.indicator.store.ManualVerdictRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verdicts set by hand for goals without numbers; a reason is always required. */
@Service
@Transactional
public class ManualVerdictService {

    private final ManualVerdictRepository repository;
    private final GoalService goals;
    private final Clock clock;
    private final IndicatorPermissions permissions;

    ManualVerdictService(ManualVerdictRepository repository, GoalService goals, Clock clock,
                         IndicatorPermissions permissions) {
        this.permissions = permissions;
        this.repository = repository;
        this.goals = goals;
        this.clock = clock;
    }

    public ManualVerdict set(GoalId goalId, MeasurementPeriod period, Attainment status, String reason, Viewer viewer) {
        permissions.requireDefineFor(goals.get(goalId, viewer).strategyId().value(), viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        if (period == null || !period.isYear()) {
            errors.put("period", "must be a year, e.g. 2018");
        }
        if (status == null) {
            errors.put("status", "must be given");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "a verdict set by hand needs a reason");
        } else if (reason.length() > 4000) {
            errors.put("reason", "must be at most 4000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ManualVerdict verdict = repository.findFor(goalId.value(), period.value())
                .orElseGet(() -> ManualVerdict.create(goalId.value(), period, status, reason.strip(), viewer.name(), clock.instant()));
        verdict.change(status, reason.strip(), viewer.name(), clock.instant());
        return repository.save(verdict);
    }
}
