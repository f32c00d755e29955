package dk.pejling.safetyindex;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index of every area in one period by one method version, with the SHA-256 of the canonical
 * method document. The Monte Carlo draws are kept (not published) for paired differences.
 */
public record IndexResult(Period period, String methodVersion, String methodSha256, List<AreaIndex> areas,
                          Map<String, double[]> draws) {

    public IndexResult {
        areas = List.copyOf(areas);
        draws = Map.copyOf(draws);
    }

    public Optional<AreaIndex> area(String code) {
        return areas.stream().filter(a -> a.area().equals(code)).findFirst();
    }
}
