package dk.pejling.demo;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.Partner;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.Staffing;
import dk.pejling.initiative.StatusInput;
import dk.pejling.initiative.StatusReport;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.initiative.TargetGroup;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.Coded;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Loads demo/initiatives.yaml: initiatives with partners, hours, staffing and target groups, and
 * the historical round "Status pr. 1. marts 2018" with its reports, approved and locked as it was.
 */
@Component
class InitiativeDemoData {

    private final InitiativeService initiatives;
    private final ReportingRoundService rounds;
    private final StatusReportService reports;

    InitiativeDemoData(InitiativeService initiatives, ReportingRoundService rounds, StatusReportService reports) {
        this.initiatives = initiatives;
        this.rounds = rounds;
        this.reports = reports;
    }

    int load(InitiativeFile file, Map<String, OrganisationId> orgs, Map<String, Strategy> strategies,
             Map<String, Map<String, GoalId>> goals) {
        Map<String, UUID> byNumber = new HashMap<>();
        int count = 0;
        for (InitiativeFile.Entry entry : file.initiatives()) {
            count += create(entry, entry.strategy(), null, orgs, strategies, goals, byNumber);
        }
        for (InitiativeFile.Round r : file.rounds() == null ? List.<InitiativeFile.Round>of() : file.rounds()) {
            Strategy strategy = strategies.get(r.strategy());
            ReportingRound round = rounds.open(strategy.id(), r.title(), r.asOf(), r.asOf(), DemoDataLoader.SYSTEM);
            for (InitiativeFile.Report report : r.reports()) {
                UUID initiative = byNumber.get(r.strategy() + "/" + report.initiative());
                StatusReport submitted = reports.submit(round.id(), new dk.pejling.initiative.InitiativeId(initiative),
                        new StatusInput(report.status(), report.comment(), null), null, DemoDataLoader.SYSTEM);
                reports.review(submitted.id(), submitted.version(), true, null, DemoDataLoader.SYSTEM);
            }
            // the published rounds are complete as they stand: an initiative they leave out was not asked
            rounds.approve(round.id(), round.version(), true, DemoDataLoader.SYSTEM);
        }
        return count;
    }

    private int create(InitiativeFile.Entry e, String strategyKey, UUID parent, Map<String, OrganisationId> orgs,
                       Map<String, Strategy> strategies, Map<String, Map<String, GoalId>> goals, Map<String, UUID> byNumber) {
        Strategy strategy = strategies.get(strategyKey);
        if (strategy == null) {
            throw new IllegalStateException("initiative " + e.number() + " names unknown strategy " + strategyKey);
        }
        List<UUID> goalIds = new ArrayList<>();
        for (String code : e.goals() == null ? List.<String>of() : e.goals()) {
            GoalId goal = goals.getOrDefault(strategyKey, Map.of()).get(code);
            if (goal == null) {
                throw new IllegalStateException("initiative " + e.number() + " names unknown goal " + code);
            }
            goalIds.add(goal.value());
        }
        List<Partner> partners = new ArrayList<>();
        for (InitiativeFile.PartnerEntry p : e.partners() == null ? List.<InitiativeFile.PartnerEntry>of() : e.partners()) {
            partners.add(new Partner(org(orgs, p.organisation()), p.role(), p.hours()));
        }
        List<Staffing> staffing = new ArrayList<>();
        for (InitiativeFile.StaffingEntry s : e.staffing() == null ? List.<InitiativeFile.StaffingEntry>of() : e.staffing()) {
            staffing.add(new Staffing(s.role(), s.partOf(), s.hoursPerWeek(), Boolean.TRUE.equals(s.approximate()),
                    s.from(), s.until(), s.note()));
        }
        Initiative created = initiatives.create(strategy.id(), new InitiativeDetails(parent, e.number(),
                Coded.parse(InitiativeKind.class, e.kind()), e.title(), e.description(), e.purpose(), e.content(),
                e.responsibilities(), e.area(), e.responsible() == null ? null : org(orgs, e.responsible()), null, null,
                e.period() == null ? null : new Period(e.period().from(), e.period().to()), goalIds, partners, staffing,
                targetGroups(e.targetGroups()), null,
                Coded.parse(Visibility.class, e.visibility() == null ? "offentlig" : e.visibility())), DemoDataLoader.SYSTEM);
        byNumber.put(strategyKey + "/" + e.number(), created.id().value());
        int count = 1;
        for (InitiativeFile.Entry child : e.children() == null ? List.<InitiativeFile.Entry>of() : e.children()) {
            count += create(child, strategyKey, created.id().value(), orgs, strategies, goals, byNumber);
        }
        return count;
    }

    /** Target groups are plain strings or {label, text} pairs in the file. */
    private static List<TargetGroup> targetGroups(JsonNode node) {
        List<TargetGroup> groups = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return groups;
        }
        for (JsonNode item : node) {
            if (item.isString()) {
                groups.add(new TargetGroup(null, item.asString()));
            } else {
                groups.add(new TargetGroup(item.path("label").asString(null), item.path("text").asString()));
            }
        }
        return groups;
    }

    private static UUID org(Map<String, OrganisationId> orgs, String key) {
        OrganisationId id = orgs.get(key);
        if (id == null) {
            throw new IllegalStateException("demo initiative names unknown organisation " + key);
        }
        return id.value();
    }
}
