package dk.pejling.strategy.web;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The strategy form as the browser posts it; one empty link row and relation row for adding. */
public class StrategyForm {

    private String title;
    private StrategyKind kind;
    private UUID ownerId;
    private List<UUID> partnerIds = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;
    private LifecycleStatus status = LifecycleStatus.DRAFT;
    private String summary;
    private String themes;
    private List<LinkRow> links = new ArrayList<>();
    private List<RelationRow> relations = new ArrayList<>();
    private Visibility visibility = Visibility.INTERNAL;
    private Long version;

    public static class LinkRow {
        private UUID id;
        private String title;
        private String url;
        private boolean file;

        public UUID getId() { return id; }
        public void setId(UUID id) { this.id = id; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public boolean isFile() { return file; }
        public void setFile(boolean file) { this.file = file; }

        boolean isEmpty() {
            return id == null && blank(title) && blank(url);
        }
    }

    public static class RelationRow {
        private RelationKind kind;
        private UUID target;

        public RelationKind getKind() { return kind; }
        public void setKind(RelationKind kind) { this.kind = kind; }
        public UUID getTarget() { return target; }
        public void setTarget(UUID target) { this.target = target; }

        boolean isEmpty() {
            return kind == null && target == null;
        }
    }

    static StrategyForm of(Strategy s) {
        StrategyForm form = new StrategyForm();
        form.title = s.title();
        form.kind = s.kind();
        form.ownerId = s.ownerId().value();
        form.partnerIds = s.partnerIds().stream().map(OrganisationId::value).toList();
        form.periodFrom = s.period().from();
        form.periodTo = s.period().to();
        form.status = s.status();
        form.summary = s.summary();
        form.themes = String.join(", ", s.themes());
        for (StrategyLink link : s.links()) {
            LinkRow row = new LinkRow();
            row.id = link.id();
            row.title = link.title();
            row.url = link.url();
            row.file = link.isFile();
            form.links.add(row);
        }
        s.relations().forEach(r -> {
            RelationRow row = new RelationRow();
            row.kind = r.kind();
            row.target = r.targetId();
            form.relations.add(row);
        });
        form.visibility = s.visibility();
        form.version = s.version();
        return form;
    }

    /** Adds one blank row each so the user can add a link and a relation without script. */
    StrategyForm withBlankRows() {
        links = new ArrayList<>(links);
        relations = new ArrayList<>(relations);
        links.add(new LinkRow());
        relations.add(new RelationRow());
        return this;
    }

    StrategyDetails toDetails() {
        FieldErrors errors = new FieldErrors();
        Period period = errors.collect(() -> new Period(periodFrom, periodTo));
        List<StrategyDetails.LinkInput> linkInputs = links.stream().filter(l -> !l.isEmpty())
                .map(l -> new StrategyDetails.LinkInput(l.id, l.title, l.url)).toList();
        List<StrategyDetails.RelationInput> relationInputs = relations.stream().filter(r -> !r.isEmpty())
                .map(r -> new StrategyDetails.RelationInput(r.kind, r.target == null ? null : new StrategyId(r.target)))
                .toList();
        return errors.orThrow(errors.collect(() -> new StrategyDetails(title, kind,
                ownerId == null ? null : new OrganisationId(ownerId),
                partnerIds.stream().map(OrganisationId::new).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
                period, status, summary, themes == null ? List.of() : Arrays.stream(themes.split(",")).toList(),
                linkInputs, relationInputs, visibility)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public StrategyKind getKind() { return kind; }
    public void setKind(StrategyKind kind) { this.kind = kind; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public List<UUID> getPartnerIds() { return partnerIds; }
    public void setPartnerIds(List<UUID> partnerIds) { this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public LifecycleStatus getStatus() { return status; }
    public void setStatus(LifecycleStatus status) { this.status = status; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public List<LinkRow> getLinks() { return links; }
    public void setLinks(List<LinkRow> links) { this.links = links == null ? new ArrayList<>() : links; }
    public List<RelationRow> getRelations() { return relations; }
    public void setRelations(List<RelationRow> relations) { this.relations = relations == null ? new ArrayList<>() : relations; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
