package dk.pejling.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The shape of demo/initiatives.yaml. */
@JsonIgnoreProperties(ignoreUnknown = true)
record InitiativeFile(List<Entry> initiatives, List<Round> rounds) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String strategy, String number, String kind, String title, String description, String purpose,
                 String content, String responsibilities, String area, String responsible, List<String> goals,
                 List<PartnerEntry> partners, List<StaffingEntry> staffing,
                 @JsonProperty("target_groups") JsonNode targetGroups, DemoFiles.PeriodEntry period,
                 String visibility, List<Entry> children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerEntry(String organisation, String role, BigDecimal hours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StaffingEntry(String role, @JsonProperty("part_of") String partOf,
                         @JsonProperty("hours_per_week") BigDecimal hoursPerWeek, Boolean approximate, LocalDate from,
                         LocalDate until, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Round(String strategy, String title, @JsonProperty("as_of") LocalDate asOf, List<Report> reports) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(String initiative, String status, String comment) {
    }
}
