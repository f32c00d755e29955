package dk.pejling.initiative.api;

import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.Partner;
import dk.pejling.initiative.Staffing;
import dk.pejling.initiative.TargetGroup;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

record InitiativeRequest(UUID strategyId, UUID parentId, String number, InitiativeKind kind, String title,
                         String description, String purpose, String content, String responsibilities, String area,
                         UUID responsibleId, String leadPerson, UUID leadUserId, LocalDate periodFrom,
                         LocalDate periodTo, List<UUID> goalIds, List<Partner> partners, List<Staffing> staffing,
                         List<TargetGroup> targetGroups, Integer order, Visibility visibility, Long version) {

    InitiativeDetails details() {
        return new InitiativeDetails(parentId, number, kind, title, description, purpose, content, responsibilities,
                area, responsibleId, leadPerson, leadUserId, new Period(periodFrom, periodTo), goalIds, partners,
                staffing, targetGroups, order, visibility);
    }

    UUID requiredStrategyId() {
        if (strategyId == null) {
            throw new InvalidInputException("strategyId", "must be given");
        }
        return strategyId;
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
