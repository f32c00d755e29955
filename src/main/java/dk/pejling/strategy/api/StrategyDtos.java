package dk.pejling.strategy.api;

import dk.pejling.organisation.Organisation;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyLink;
import dk.pejling.strategy.StrategyOverview;
import dk.pejling.strategy.StrategySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the strategy API. */
final class StrategyDtos {

    private StrategyDtos() {
    }

    record OrganisationRef(UUID id, String name) {
        static OrganisationRef of(Organisation o) {
            return o == null ? null : new OrganisationRef(o.id().value(), o.name());
        }
    }

    record PeriodDto(LocalDate from, LocalDate to) {
    }

    record LinkDto(UUID id, String title, String url, String fileName, String contentType, Long size) {
        static LinkDto of(UUID strategyId, StrategyLink l) {
            String url = l.isFile() ? "/api/v1/strategies/" + strategyId + "/documents/" + l.id() : l.url();
            return new LinkDto(l.id(), l.title(), url, l.fileName(), l.contentType(), l.sizeBytes());
        }
    }

    record RelationDto(RelationKind kind, String direction, UUID strategyId, String title) {
        static RelationDto of(StrategyOverview.Related r) {
            return new RelationDto(r.kind(), r.incoming() ? "incoming" : "outgoing", r.strategy().id(), r.strategy().title());
        }
    }

    record GoalDto(UUID id, UUID strategyId, UUID parentId, String code, GoalKind kind, String title,
                   String description, int order, Visibility visibility, long version, Instant createdAt,
                   Instant updatedAt, List<GoalDto> children) {

        static GoalDto of(Goal g, List<GoalDto> children) {
            return new GoalDto(g.id().value(), g.strategyId().value(), g.parentId() == null ? null : g.parentId().value(),
                    g.code(), g.kind(), g.title(), g.description(), g.order(), g.visibility(), g.version(),
                    g.createdAt(), g.updatedAt(), children);
        }

        static GoalDto of(GoalNode node) {
            return of(node.goal(), node.children().stream().map(GoalDto::of).toList());
        }
    }

    record StrategyListItem(UUID id, String key, String title, StrategyKind kind, LifecycleStatus status,
                            OrganisationRef owner, PeriodDto period, Visibility visibility, long version) {
        static StrategyListItem of(StrategySummary s) {
            return new StrategyListItem(s.id(), s.key(), s.title(), s.kind(), s.status(),
                    new OrganisationRef(s.ownerId(), s.ownerName()), new PeriodDto(s.periodFrom(), s.periodTo()),
                    s.visibility(), s.version());
        }
    }

    record StrategyDto(UUID id, String key, String title, StrategyKind kind, LifecycleStatus status,
                       OrganisationRef owner, List<OrganisationRef> partners, PeriodDto period, String summary,
                       List<String> themes, List<LinkDto> links, List<RelationDto> relations, Visibility visibility,
                       long version, Instant createdAt, Instant updatedAt, List<GoalDto> children) {

        static StrategyDto of(StrategyOverview o) {
            Strategy s = o.strategy();
            UUID id = s.id().value();
            return new StrategyDto(id, s.slug(), s.title(), s.kind(), s.status(), OrganisationRef.of(o.owner()),
                    o.partners().stream().map(OrganisationRef::of).toList(),
                    new PeriodDto(s.period().from(), s.period().to()), s.summary(), s.themes(),
                    s.links().stream().map(l -> LinkDto.of(id, l)).toList(),
                    o.relations().stream().map(RelationDto::of).toList(), s.visibility(), s.version(),
                    s.createdAt(), s.updatedAt(), o.goals().stream().map(GoalDto::of).toList());
        }
    }
}
