package dk.pejling.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** The shapes of the demo YAML files. Unknown fields are kept in the files for people but ignored here. */
final class DemoFiles {

    private DemoFiles() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationsFile(List<OrganisationEntry> organisations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationEntry(String key, String name, String shortName, String kind, List<OrganisationEntry> children) {
        List<OrganisationEntry> childrenOrEmpty() {
            return children == null ? List.of() : children;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StrategyEntry(String key, String title, String kind, String owner, List<String> partners, PeriodEntry period,
                         String status, String visibility, String summary, List<String> themes, List<LinkEntry> links,
                         List<RelationEntry> relations, List<GoalEntry> goals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodEntry(LocalDate from, LocalDate to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkEntry(String title, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RelationEntry(String kind, String to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoalEntry(String code, String kind, String title, String description, String visibility,
                     List<GoalEntry> children) {
        List<GoalEntry> childrenOrEmpty() {
            return children == null ? List.of() : children;
        }
    }
}
