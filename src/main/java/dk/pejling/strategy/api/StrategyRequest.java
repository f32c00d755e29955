package dk.pejling.strategy.api;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyKind;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Body of create and update of a strategy; {@code version} is required on update. */
record StrategyRequest(String title, StrategyKind kind, UUID ownerId, List<UUID> partnerIds, LocalDate periodFrom,
                       LocalDate periodTo, LifecycleStatus status, String summary, List<String> themes,
                       List<Link> links, List<Relation> relations, Visibility visibility,
                       @Pattern(regexp = "[a-z0-9-]{1,120}", message = "must be lowercase letters, digits and hyphens") String key,
                       Long version) {

    record Link(UUID id, String title, String url) {
    }

    record Relation(RelationKind kind, UUID strategyId) {
    }

    StrategyDetails details() {
        FieldErrors errors = new FieldErrors();
        Period period = errors.collect(() -> new Period(periodFrom, periodTo));
        return errors.orThrow(errors.collect(() -> new StrategyDetails(title, kind, ownerId == null ? null : new OrganisationId(ownerId),
                    partnerIds == null ? null : partnerIds.stream().map(OrganisationId::new)
                            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
                    period, status, summary, themes,
                    links == null ? null : links.stream().map(l -> new StrategyDetails.LinkInput(l.id(), l.title(), l.url())).toList(),
                    relations == null ? null : relations.stream().map(r -> new StrategyDetails.RelationInput(r.kind(),
                            r.strategyId() == null ? null : new StrategyId(r.strategyId()))).toList(),
                    visibility)));
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
