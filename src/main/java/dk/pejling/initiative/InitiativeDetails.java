package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.RichText;
import dk.pejling.shared.Visibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a user sets on an initiative. Rich-text fields are sanitised here, before anything is stored. */
public record InitiativeDetails(UUID parentId, String number, InitiativeKind kind, String title, String description,
                                String purpose, String content, String responsibilities, String area,
                                UUID responsibleId, String leadPerson, UUID leadUserId, Period period,
                                List<UUID> goalIds, List<Partner> partners, List<Staffing> staffing,
                                List<TargetGroup> targetGroups, Integer order, Visibility visibility) {

    public InitiativeDetails {
        Map<String, String> errors = new LinkedHashMap<>();
        title = clean(title);
        number = clean(number);
        area = clean(area);
        leadPerson = clean(leadPerson);
        if (title == null) {
            errors.put("title", "must not be blank");
        } else if (title.length() > 1000) {
            errors.put("title", "must be at most 1000 characters");
        }
        if (number != null && number.length() > 40) {
            errors.put("number", "must be at most 40 characters");
        }
        if (kind == null) {
            errors.put("kind", "must be given");
        }
        description = RichText.sanitize(description);
        purpose = RichText.sanitize(purpose);
        content = RichText.sanitize(content);
        responsibilities = RichText.sanitize(responsibilities);
        period = period == null ? new Period(null, null) : period;
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        partners = partners == null ? List.of() : List.copyOf(partners);
        staffing = staffing == null ? List.of() : List.copyOf(staffing);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            if (p.organisationId() == null) {
                errors.put("partners[" + i + "].organisationId", "must be given");
            }
            if (p.hours() != null && p.hours().signum() < 0) {
                errors.put("partners[" + i + "].hours", "must be 0 or more");
            }
        }
        for (int i = 0; i < staffing.size(); i++) {
            Staffing s = staffing.get(i);
            if (clean(s.role()) == null) {
                errors.put("staffing[" + i + "].role", "must not be blank");
            }
            if (s.hoursPerWeek() != null && (s.hoursPerWeek().signum() < 0 || s.hoursPerWeek().doubleValue() > 168)) {
                errors.put("staffing[" + i + "].hoursPerWeek", "must be between 0 and 168");
            }
        }
        for (int i = 0; i < targetGroups.size(); i++) {
            if (clean(targetGroups.get(i).description()) == null) {
                errors.put("targetGroups[" + i + "].description", "must not be blank");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
