package dk.pejling.safetyindex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A method version as data: which survey items and crime counts make which indicator, how each is
 * normalised, how indicators make sub-indices and sub-indices the index, what is suppressed, and the
 * seed of the Monte Carlo. Read from YAML or JSON by {@link MethodCodec}; {@link MethodRules} checks
 * it. Fields left out take the defaults below, so the canonical document (and its SHA-256) always
 * spells them out.
 *
 * @param version     semantic version, e.g. "1.0.0"
 * @param draws       Monte Carlo draws (default 2,000)
 * @param weightNoise method noise: each weight varies uniformly by ± this share in every draw (default 0.25)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MethodDocument(String version, String title, Long seed, Integer draws, Double weightNoise,
                             Aggregation aggregation, Imputation imputation, SuppressionRules suppression,
                             List<Item> items, List<SubIndex> subIndices, List<IndicatorSpec> indicators) {

    public static final int DEFAULT_DRAWS = 2000;

    public enum Aggregation { ARITHMETIC, GEOMETRIC }

    /** What an indicator that is missing or suppressed in an area does to its sub-index. */
    public enum Imputation {
        /** The area gets no index: nothing is made up. */
        NONE,
        /** The sub-index is the weighted mean of the indicators it has (their weights scaled up). */
        SUBINDEX_MEAN
    }

    public enum Polarity { POSITIVE, NEGATIVE }

    public enum Source { SURVEY, CRIME }

    public enum Normalisation { GOALPOSTS, MINMAX, ZSCORE, RANK }

    public MethodDocument {
        seed = seed == null ? 20_261_202L : seed;
        draws = draws == null ? DEFAULT_DRAWS : draws;
        weightNoise = weightNoise == null ? 0.25 : weightNoise;
        aggregation = aggregation == null ? Aggregation.ARITHMETIC : aggregation;
        imputation = imputation == null ? Imputation.NONE : imputation;
        suppression = suppression == null ? SuppressionRules.DEFAULTS : suppression;
        items = items == null ? List.of() : List.copyOf(items);
        subIndices = subIndices == null ? List.of() : List.copyOf(subIndices);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A survey question and its answer scale (e.g. 1 = "meget tryg" … 7 = "meget utryg"). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Item(String key, String text, Integer scaleMin, Integer scaleMax) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record SubIndex(String key, String name, Double weight) {
    }

    /**
     * One indicator. A survey indicator is the weighted share of respondents whose answer to
     * {@code item} is among {@code counted}; a crime indicator is reports per 1,000 residents over
     * four quarters, of the offence groups listed (all when none are).
     *
     * @param weight the indicator's weight inside its sub-index
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record IndicatorSpec(String key, String name, String subIndex, Double weight, Source source, String item,
                                List<Integer> counted, List<String> offenceGroups, Polarity polarity,
                                NormalisationSpec normalisation) {
        public IndicatorSpec {
            counted = counted == null ? List.of() : List.copyOf(counted);
            offenceGroups = offenceGroups == null ? List.of() : List.copyOf(offenceGroups);
            polarity = polarity == null ? Polarity.POSITIVE : polarity;
            normalisation = normalisation == null ? new NormalisationSpec(Normalisation.GOALPOSTS, null, null) : normalisation;
        }
    }

    /**
     * How raw values become 0–100 scores. Fixed goalposts {@code low}/{@code high} are the default:
     * a score then depends on the area's own value only, so adding an area changes nobody else's.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NormalisationSpec(Normalisation method, Double low, Double high) {
        public NormalisationSpec {
            method = method == null ? Normalisation.GOALPOSTS : method;
        }
    }

    /**
     * When a cell is not shown.
     *
     * @param minN            fewest unweighted answers (default 50)
     * @param minEffectiveN   smallest Kish effective n (default 30)
     * @param maxHalfWidthPp  widest half interval in percentage points (default 10)
     * @param minCount        smallest count shown as a number; fewer is "&lt;5" (default 5)
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record SuppressionRules(Integer minN, Double minEffectiveN, Double maxHalfWidthPp, Integer minCount) {
        public static final SuppressionRules DEFAULTS = new SuppressionRules(50, 30.0, 10.0, 5);

        public SuppressionRules {
            minN = minN == null ? 50 : minN;
            minEffectiveN = minEffectiveN == null ? 30.0 : minEffectiveN;
            maxHalfWidthPp = maxHalfWidthPp == null ? 10.0 : maxHalfWidthPp;
            minCount = minCount == null ? 5 : minCount;
        }
    }

    public java.util.Optional<Item> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public List<IndicatorSpec> indicatorsOf(String subIndexKey) {
        return indicators.stream().filter(i -> subIndexKey.equals(i.subIndex())).toList();
    }
}
