package dk.pejling.initiative.web;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.Partner;
import dk.pejling.initiative.TargetGroup;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The initiative form as posted, with one blank partner row and target-group row for adding. */
public class InitiativeForm {

    private UUID parentId;
    private String number;
    private InitiativeKind kind = InitiativeKind.INITIATIVE;
    private String title;
    private String description;
    private UUID responsibleId;
    private String leadPerson;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;
    private List<UUID> goalIds = new ArrayList<>();
    private List<PartnerRow> partners = new ArrayList<>();
    private List<TargetGroupRow> targetGroups = new ArrayList<>();
    private Visibility visibility = Visibility.PUBLIC;
    private Long version;
    /** Parts of the initiative the form does not show (purpose, staffing, …) are kept as they are. */
    private Initiative existing;

    public static class PartnerRow {
        private UUID organisationId;
        private String role;
        private BigDecimal hours;

        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public BigDecimal getHours() { return hours; }
        public void setHours(BigDecimal hours) { this.hours = hours; }
    }

    public static class TargetGroupRow {
        private String label;
        private String description;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    static InitiativeForm of(Initiative i) {
        InitiativeForm f = new InitiativeForm();
        f.parentId = i.parentId();
        f.number = i.number();
        f.kind = i.kind();
        f.title = i.title();
        f.description = i.description();
        f.responsibleId = i.responsibleId();
        f.leadPerson = i.leadPerson();
        f.periodFrom = i.period().from();
        f.periodTo = i.period().to();
        f.goalIds = new ArrayList<>(i.goalIds());
        for (Partner p : i.partners()) {
            PartnerRow row = new PartnerRow();
            row.organisationId = p.organisationId();
            row.role = p.role();
            row.hours = p.hours();
            f.partners.add(row);
        }
        for (TargetGroup g : i.targetGroups()) {
            TargetGroupRow row = new TargetGroupRow();
            row.label = g.label();
            row.description = g.description();
            f.targetGroups.add(row);
        }
        f.visibility = i.visibility();
        f.version = i.version();
        return f;
    }

    InitiativeForm withBlankRows() {
        partners = new ArrayList<>(partners);
        targetGroups = new ArrayList<>(targetGroups);
        partners.add(new PartnerRow());
        targetGroups.add(new TargetGroupRow());
        return this;
    }

    InitiativeForm keeping(Initiative initiative) {
        this.existing = initiative;
        return this;
    }

    InitiativeDetails toDetails() {
        FieldErrors errors = new FieldErrors();
        Period period = errors.collect(() -> new Period(periodFrom, periodTo));
        List<Partner> partnerValues = partners.stream()
                .filter(p -> p.organisationId != null || (p.role != null && !p.role.isBlank()) || p.hours != null)
                .map(p -> new Partner(p.organisationId, p.role == null || p.role.isBlank() ? null : p.role.strip(), p.hours))
                .toList();
        List<TargetGroup> groups = targetGroups.stream()
                .filter(g -> (g.label != null && !g.label.isBlank()) || (g.description != null && !g.description.isBlank()))
                .map(g -> new TargetGroup(g.label == null || g.label.isBlank() ? null : g.label.strip(), g.description))
                .toList();
        return errors.orThrow(errors.collect(() -> new InitiativeDetails(parentId, number, kind, title, description,
                    existing == null ? null : existing.purpose(), existing == null ? null : existing.content(),
                    existing == null ? null : existing.responsibilities(), existing == null ? null : existing.area(),
                    responsibleId, leadPerson, existing == null ? null : existing.leadUserId(), period, goalIds,
                    partnerValues, existing == null ? List.of() : existing.staffing(), groups, null, visibility)));
    }

    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public InitiativeKind getKind() { return kind; }
    public void setKind(InitiativeKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public UUID getResponsibleId() { return responsibleId; }
    public void setResponsibleId(UUID responsibleId) { this.responsibleId = responsibleId; }
    public String getLeadPerson() { return leadPerson; }
    public void setLeadPerson(String leadPerson) { this.leadPerson = leadPerson; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public List<UUID> getGoalIds() { return goalIds; }
    public void setGoalIds(List<UUID> goalIds) { this.goalIds = goalIds == null ? new ArrayList<>() : goalIds; }
    public List<PartnerRow> getPartners() { return partners; }
    public void setPartners(List<PartnerRow> partners) { this.partners = partners == null ? new ArrayList<>() : partners; }
    public List<TargetGroupRow> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<TargetGroupRow> targetGroups) { this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
