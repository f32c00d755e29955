package dk.pejling.safetyindex;

import dk.pejling.safetyindex.IndexInputs.CrimeCount;
import dk.pejling.safetyindex.IndexInputs.Population;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import dk.pejling.safetyindex.IndexInputs.ShareAggregate;
import dk.pejling.safetyindex.MethodDocument.IndicatorSpec;
import dk.pejling.safetyindex.MethodDocument.Source;
import dk.pejling.safetyindex.Suppression.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the inputs of one period into each area's indicator values: weighted shares from the
 * respondents in one pass (or a published share where no respondent answered), reports per 1,000
 * over the four quarters ending with the period, and the suppression of every cell. Each area's
 * inputs are hashed as they are read, so a value can later be checked against the same inputs.
 */
final class IndicatorEstimator {

    private final MethodDocument method;
    private final IndexInputs inputs;
    private final Period period;
    private final List<String> areas;
    private final Map<String, Integer> areaIndex = new HashMap<>();
    /** The crime counts of the window and the population rows, by area: read once, not once per area. */
    private final Map<String, List<CrimeCount>> crimesByArea = new HashMap<>();
    private final Map<String, List<Population>> populationByArea = new HashMap<>();

    IndicatorEstimator(MethodDocument method, IndexInputs inputs, Period period, List<String> areas) {
        this.method = method;
        this.inputs = inputs;
        this.period = period;
        this.areas = List.copyOf(areas);
        for (int i = 0; i < areas.size(); i++) {
            areaIndex.put(areas.get(i), i);
        }
        Set<Period> window = Set.copyOf(period.fourQuartersEnding());
        for (CrimeCount c : inputs.crimes()) {
            if (areaIndex.containsKey(c.area()) && window.contains(c.quarter())) {
                crimesByArea.computeIfAbsent(c.area(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Population p : inputs.population()) {
            populationByArea.computeIfAbsent(p.area(), k -> new ArrayList<>()).add(p);
        }
    }

    Map<String, AreaInputs> estimate() {
        List<IndicatorSpec> specs = method.indicators();
        ShareTally[][] tallies = new ShareTally[areas.size()][specs.size()];
        ShareTally[] all = new ShareTally[areas.size()];
        MessageDigest[] digests = new MessageDigest[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            all[a] = new ShareTally();
            digests[a] = sha256();
            digests[a].update(("area|" + areas.get(a) + "|" + period + "\n").getBytes(StandardCharsets.UTF_8));
            for (int k = 0; k < specs.size(); k++) {
                tallies[a][k] = new ShareTally();
            }
        }
        tallyRespondents(specs, tallies, all, digests);
        Map<String, AreaInputs> result = new LinkedHashMap<>();
        for (int a = 0; a < areas.size(); a++) {
            List<IndicatorValue> values = new ArrayList<>(specs.size());
            for (int k = 0; k < specs.size(); k++) {
                IndicatorSpec spec = specs.get(k);
                values.add(spec.source() == Source.SURVEY ? share(areas.get(a), spec, tallies[a][k], digests[a])
                        : crime(areas.get(a), spec, digests[a]));
            }
            result.put(areas.get(a), new AreaInputs(areas.get(a), values, all[a].n(), all[a].effectiveN(),
                    HexFormat.of().formatHex(digests[a].digest())));
        }
        return result;
    }

    private void tallyRespondents(List<IndicatorSpec> specs, ShareTally[][] tallies, ShareTally[] all,
                                  MessageDigest[] digests) {
        int[] column = new int[specs.size()];
        boolean[][] counted = new boolean[specs.size()][];
        int[] offset = new int[specs.size()];
        for (int k = 0; k < specs.size(); k++) {
            IndicatorSpec spec = specs.get(k);
            column[k] = spec.source() == Source.SURVEY ? inputs.items().indexOf(spec.item()) : -1;
            if (column[k] >= 0) {
                MethodDocument.Item item = method.item(spec.item()).orElseThrow();
                offset[k] = item.scaleMin();
                counted[k] = new boolean[item.scaleMax() - item.scaleMin() + 1];
                for (int c : spec.counted()) {
                    counted[k][c - item.scaleMin()] = true;
                }
            }
        }
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * inputs.items().size());
        for (Respondent r : inputs.respondents()) {
            if (!r.period().equals(period)) {
                continue;
            }
            Integer a = areaIndex.get(r.area());
            if (a == null) {
                continue;
            }
            all[a].add(r.weight(), false);
            buffer.clear();
            buffer.putLong(Double.doubleToLongBits(r.weight()));
            for (int answer : r.answers()) {
                buffer.putInt(answer);
            }
            digests[a].update(buffer.array(), 0, buffer.position());
            for (int k = 0; k < column.length; k++) {
                if (column[k] < 0 || column[k] >= r.answers().length) {
                    continue;
                }
                int answer = r.answers()[column[k]];
                int at = answer - offset[k];
                if (answer != IndexInputs.MISSING && at >= 0 && at < counted[k].length) {
                    tallies[a][k].add(r.weight(), counted[k][at]);
                }
            }
        }
    }

    private IndicatorValue share(String area, IndicatorSpec spec, ShareTally tally, MessageDigest digest) {
        if (tally.n() > 0) {
            return shareValue(spec.key(), tally.share(), tally.n(), tally.effectiveN(), null);
        }
        for (ShareAggregate s : inputs.shares()) {
            if (s.area().equals(area) && s.period().equals(period) && s.indicator().equals(spec.key())) {
                digest.update(("share|" + s.indicator() + "|" + s.share() + "|" + s.n() + "|" + s.effectiveN() + "|"
                        + s.source() + "\n").getBytes(StandardCharsets.UTF_8));
                return shareValue(spec.key(), s.share(), s.n(), s.effectiveN(), s.source());
            }
        }
        return IndicatorValue.missing(spec.key(), Source.SURVEY, Reason.NO_DATA, null);
    }

    private IndicatorValue shareValue(String key, double p, long n, double effectiveN, String source) {
        Interval interval = Wilson.interval(p, effectiveN).times(100);
        var rules = method.suppression();
        Suppression suppressed = null;
        if (n < rules.minN()) {
            suppressed = new Suppression(Reason.N_TOO_SMALL, "n = " + n + " < " + rules.minN());
        } else if (effectiveN < rules.minEffectiveN()) {
            suppressed = new Suppression(Reason.EFFECTIVE_N_TOO_SMALL,
                    "n_eff = " + Math.round(effectiveN * 10) / 10.0 + " < " + rules.minEffectiveN());
        } else if (interval.halfWidth() > rules.maxHalfWidthPp()) {
            suppressed = new Suppression(Reason.INTERVAL_TOO_WIDE,
                    "±" + Math.round(interval.halfWidth() * 10) / 10.0 + " pp > " + rules.maxHalfWidthPp() + " pp");
        }
        return new IndicatorValue(key, Source.SURVEY, 100 * p, interval, n, effectiveN, 0, suppressed, source);
    }

    private IndicatorValue crime(String area, IndicatorSpec spec, MessageDigest digest) {
        long count = 0;
        boolean any = false;
        for (CrimeCount c : crimesByArea.getOrDefault(area, List.of())) {
            any = true;
            if (spec.offenceGroups().isEmpty() || spec.offenceGroups().contains(c.offenceGroup())) {
                count += c.count();
                digest.update(("crime|" + c.quarter() + "|" + c.offenceGroup() + "|" + c.count() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!any) {
            return IndicatorValue.missing(spec.key(), Source.CRIME, Reason.NO_DATA, null);
        }
        Population population = population(area);
        if (population == null) {
            return IndicatorValue.missing(spec.key(), Source.CRIME, Reason.NO_POPULATION, null);
        }
        digest.update(("population|" + population.period() + "|" + population.residents() + "\n").getBytes(StandardCharsets.UTF_8));
        Suppression suppressed = count < method.suppression().minCount()
                ? new Suppression(Reason.COUNT_UNDER_MINIMUM, "<" + method.suppression().minCount()) : null;
        return new IndicatorValue(spec.key(), Source.CRIME, PoissonRate.rate(count, population.residents()),
                PoissonRate.interval(count, population.residents()), count, Double.NaN, population.residents(),
                suppressed, null);
    }

    /** The residents of the period itself, else of its last quarter (FOLK1A counts per quarter), else of its year. */
    private Population population(String area) {
        for (Period p : List.of(period, period.lastQuarter(), new Period(period.year(), Period.Kind.YEAR, 1))) {
            for (Population candidate : populationByArea.getOrDefault(area, List.of())) {
                if (candidate.period().equals(p)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
