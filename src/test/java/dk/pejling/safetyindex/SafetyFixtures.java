package dk.pejling.safetyindex;

import dk.pejling.safetyindex.IndexInputs.CrimeCount;
import dk.pejling.safetyindex.IndexInputs.Population;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The shipped method document and generated inputs for the domain tests. */
final class SafetyFixtures {

    static final List<String> ITEMS = List.of("tryg_nabolag", "tryg_aften", "problemer");

    private SafetyFixtures() {
    }

    static String methodText() {
        try (InputStream in = SafetyFixtures.class.getResourceAsStream("/safetyindex/method-1.0.0.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MethodDocument method() {
        return MethodCodec.parse(methodText());
    }

    /**
     * {@code n} respondents of one area and period: the first {@code tryg} of them answer "tryg" (2)
     * on every item where that is good, the rest "utryg" (6, 4, 4); weights vary between 0.5 and 1.5.
     */
    static List<Respondent> respondents(String area, Period period, int n, int tryg, long seed) {
        Random random = new Random(seed);
        List<Respondent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean safe = i < tryg;
            int[] answers = safe ? new int[] {2, 1, 1} : new int[] {6, 4, 4};
            out.add(new Respondent(area, period, 0.5 + random.nextDouble(), answers));
        }
        return out;
    }

    /** Four quarters of reports ending with the period, split over two offence groups, and the residents. */
    static void crime(List<CrimeCount> crimes, List<Population> population, String area, Period period, long perQuarter,
                      long residents) {
        for (Period q : period.fourQuartersEnding()) {
            crimes.add(new CrimeCount(area, q, "Voldsforbrydelser", perQuarter / 2));
            crimes.add(new CrimeCount(area, q, "Ejendomsforbrydelser", perQuarter - perQuarter / 2));
            crimes.add(new CrimeCount(area, q, "Færdselslov", 999));
        }
        population.add(new Population(area, period, residents));
    }

    /** A complete input for the given areas: n respondents each, with the given share tryg, and crime. */
    static IndexInputs inputs(Period period, List<String> areas, int n, double trygShare, long seed) {
        List<Respondent> respondents = new ArrayList<>();
        List<CrimeCount> crimes = new ArrayList<>();
        List<Population> population = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            respondents.addAll(respondents(areas.get(i), period, n, (int) Math.round(n * trygShare), seed + i));
            crime(crimes, population, areas.get(i), period, 20 + 5L * i, 5000);
        }
        return new IndexInputs(ITEMS, respondents, List.of(), crimes, population);
    }
}
