package dk.pejling.portal;

import dk.pejling.safetyindex.Area;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The safety index compared on the portal, read in one call ({@link PortalReadModels#safetyComparison}).
 *
 * @param comparison the comparison, null: no public method version has values
 * @param methods    the public method versions
 * @param kindLabels every kind of area's name in the visitor's language
 * @param why        a hidden value's stored reason in words in the visitor's language
 */
public record PortalSafetyPage(PublicSafetyIndex.Comparison comparison, List<String> methods,
                               Map<Area.Kind, String> kindLabels, Function<String, String> why) {

    public PortalSafetyPage {
        methods = List.copyOf(methods);
        kindLabels = Map.copyOf(kindLabels);
    }
}
