package dk.pejling.strategy.web;

import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalKind;
import java.util.UUID;

/** The goal form as the browser posts it. */
public class GoalForm {

    private UUID parentId;
    private String code;
    private GoalKind kind = GoalKind.GOAL;
    private String title;
    private String description;
    private Integer order;
    private Visibility visibility = Visibility.PUBLIC;
    private Long version;

    static GoalForm of(Goal g) {
        GoalForm form = new GoalForm();
        form.parentId = g.parentId() == null ? null : g.parentId().value();
        form.code = g.code();
        form.kind = g.kind();
        form.title = g.title();
        form.description = g.description();
        form.order = g.order();
        form.visibility = g.visibility();
        form.version = g.version();
        return form;
    }

    GoalDetails toDetails() {
        return new GoalDetails(parentId == null ? null : new GoalId(parentId), code, kind, title, description, order, visibility);
    }

    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public GoalKind getKind() { return kind; }
    public void setKind(GoalKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getOrder() { return order; }
    public void setOrder(Integer order) { this.order = order; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
