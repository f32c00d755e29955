package dk.pejling.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shape of demo/indicators.yaml. */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndicatorFile(List<Entry> indicators,
                     @com.fasterxml.jackson.annotation.JsonProperty("manual_verdicts") List<Verdict> manualVerdicts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String key, String strategy, List<String> goals, String name, String definition, String unit,
                 Integer decimals, String direction, String frequency, String population, Source source,
                 String visibility, List<BaselineEntry> baselines, List<TargetEntry> targets,
                 List<MeasurementEntry> measurements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(String name, String owner, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BaselineEntry(BigDecimal value, LocalDate date, String population, String note, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TargetEntry(String period, String kind, BigDecimal value, BigDecimal upper, Reference reference,
                       Boolean strict, List<Step> steps, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(String period, Boolean baseline) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String after, BigDecimal value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasurementEntry(String period, String step, BigDecimal value, String note, Integer sampleSize, Change change) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(BigDecimal value, String unit, String qualifier, String reference, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verdict(String strategy, String goal, String period, String verdict, String reason) {
    }
}
