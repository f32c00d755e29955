package dk.pejling.initiative.api;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.OverviewRow;
import dk.pejling.initiative.Partner;
import dk.pejling.initiative.ReportState;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.initiative.RoundState;
import dk.pejling.initiative.Staffing;
import dk.pejling.initiative.StatusOption;
import dk.pejling.initiative.StatusReport;
import dk.pejling.initiative.StatusReportRevision;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.initiative.TargetGroup;
import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** JSON shapes of the initiatives and reporting API. */
final class InitiativeDtos {

    private InitiativeDtos() {
    }

    record InitiativeDto(UUID id, UUID strategyId, UUID parentId, String number, InitiativeKind kind, String title,
                         String description, String purpose, String content, String responsibilities, String area,
                         UUID responsibleId, String leadPerson, UUID leadUserId, LocalDate periodFrom, LocalDate periodTo,
                         List<UUID> goalIds, List<Partner> partners, List<Staffing> staffing,
                         List<TargetGroup> targetGroups, int order, Visibility visibility, long version,
                         Instant createdAt, Instant updatedAt) {
        /** {@code hidden}: goals and parents the viewer may not see, left out (InitiativeService.hiddenReferences). */
        static InitiativeDto of(Initiative i, java.util.Set<UUID> hidden) {
            return new InitiativeDto(i.id().value(), i.strategyId(), i.parentId() != null && hidden.contains(i.parentId()) ? null : i.parentId(),
                    i.number(), i.kind(), i.title(),
                    i.description(), i.purpose(), i.content(), i.responsibilities(), i.area(), i.responsibleId(),
                    i.leadPerson(), i.leadUserId(), i.period().from(), i.period().to(),
                    i.goalIds().stream().filter(g -> !hidden.contains(g)).toList(), i.partners(),
                    i.staffing(), i.targetGroups(), i.order(), i.visibility(), i.version(), i.createdAt(), i.updatedAt());
        }
    }

    record RoundDto(UUID id, UUID strategyId, String title, LocalDate asOf, LocalDate dueDate, RoundState state,
                    String openedBy, Instant openedAt, String approvedBy, Instant approvedAt, int initiatives, long version) {
        /** {@code initiatives}: the count the viewer may know (ReportingRoundService.initiativeCount). */
        static RoundDto of(ReportingRound r, int initiatives) {
            return new RoundDto(r.id(), r.strategyId(), r.title(), r.asOf(), r.dueDate(), r.state(), r.openedBy(),
                    r.openedAt(), r.approvedBy(), r.approvedAt(), initiatives, r.version());
        }
    }

    record ReportDto(UUID id, UUID roundId, UUID initiativeId, String status, String comment, Integer progress,
                     ReportState state, int revision, String submittedBy, Instant submittedAt, String reviewComment,
                     String reviewedBy, Instant reviewedAt, long version) {
        static ReportDto of(StatusReport r) {
            return new ReportDto(r.id(), r.roundId(), r.initiativeId(), r.statusCode(), r.comment(), r.progress(),
                    r.state(), r.revision(), r.submittedBy(), r.submittedAt(), r.reviewComment(), r.reviewedBy(),
                    r.reviewedAt(), r.version());
        }
    }

    record RoundStatusDto(UUID roundId, String round, LocalDate asOf, String status, String label, String colour,
                          String icon, ReportDto report) {
        static RoundStatusDto of(StatusReportService.RoundStatus s) {
            return new RoundStatusDto(s.round().id(), s.round().title(), s.round().asOf(), s.option().code(),
                    s.option().labelDa(), s.option().colour(), s.option().icon(), ReportDto.of(s.report()));
        }
    }

    record RevisionDto(int revision, String action, String status, String comment, Integer progress, String note,
                       String actor, Instant at) {
        static RevisionDto of(StatusReportRevision r) {
            return new RevisionDto(r.revision(), r.action(), r.statusCode(), r.comment(), r.progress(), r.note(),
                    r.actor(), r.happenedAt());
        }
    }

    record CountDto(String status, String label, String colour, String icon, long count) {
    }

    record RowDto(UUID initiativeId, String number, String title, UUID responsibleId, String responsible,
                  String status, ReportState state, Integer progress, String submittedBy, Instant submittedAt) {
        static RowDto of(OverviewRow r) {
            return new RowDto(r.initiativeId(), r.number(), r.title(), r.responsibleId(), r.responsibleName(),
                    r.statusCode(), r.state(), r.progress(), r.submittedBy(), r.submittedAt());
        }
    }

    record OverviewDto(RoundDto round, List<StatusOption> legend, List<CountDto> counts, long total, int page,
                       int size, List<RowDto> initiatives, List<RowDto> notReported) {
        static OverviewDto of(RoundOverview o, int initiatives) {
            List<CountDto> counts = new ArrayList<>();
            o.counts().forEach((code, n) -> {
                StatusOption option = code == null ? null : o.option(code);
                counts.add(new CountDto(code == null ? "not-reported" : code, option == null ? "Ikke indberettet" : option.labelDa(),
                        option == null ? "#545454" : option.colour(), option == null ? "–" : option.icon(), n));
            });
            return new OverviewDto(RoundDto.of(o.round(), initiatives), o.options(), counts, o.total(), o.filter().page(),
                    o.filter().size(), o.rows().stream().map(RowDto::of).toList(),
                    o.notReported().stream().map(RowDto::of).toList());
        }
    }
}
