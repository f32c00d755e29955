package dk.pejling.safetyindex;

import dk.pejling.indicator.Indicator;
import java.util.List;
import java.util.Map;

/**
 * The feeds from the safety index into the goal tree's indicators, and the choices of the form that makes
 * one, read in one call ({@link SafetyIndexReadModels#feeds}).
 *
 * @param indicatorNames the names of the indicators the viewer may enter data for, by key
 * @param targets        those indicators, by name
 * @param areaNames      every area's name, by code
 * @param components     "index", then every sub-index and indicator any visible method version has, once
 */
public record FeedsPage(List<IndicatorFeed> feeds, Map<String, String> indicatorNames, List<Indicator> targets,
                        List<Area> areas, Map<String, String> areaNames, List<MethodVersion> methods,
                        List<String> components) {

    public FeedsPage {
        feeds = List.copyOf(feeds);
        indicatorNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicatorNames));
        targets = List.copyOf(targets);
        areas = List.copyOf(areas);
        areaNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(areaNames));
        methods = List.copyOf(methods);
        components = List.copyOf(components);
    }
}
