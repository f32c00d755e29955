package dk.pejling.safetyindex;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison of areas of one kind in one period by one method version, read in one call
 * ({@link SafetyIndexReadModels#compare}).
 *
 * @param methods      the method versions the viewer may see, newest first
 * @param method       the version shown, null: the viewer may see none
 * @param canEditFeeds whether the page links to the feeds into the goal tree
 * @param periods      the periods the version has values for, newest first
 * @param period       the period shown, null: none has values
 * @param kinds        the kinds of area that have values in the period
 * @param kindLabels   every kind's name in the viewer's language
 * @param kind         the kind shown
 * @param rows         the areas' values, best rank first
 * @param synthetic    whether a value shown is computed from generated data
 */
public record ComparePage(List<MethodVersion> methods, MethodVersion method, boolean canEditFeeds, List<String> periods,
                          String period, Set<Area.Kind> kinds, Map<Area.Kind, String> kindLabels, Area.Kind kind,
                          List<ValueView> rows, boolean synthetic) {

    public ComparePage {
        methods = List.copyOf(methods);
        periods = List.copyOf(periods);
        kinds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(kinds));
        kindLabels = Map.copyOf(kindLabels);
        rows = List.copyOf(rows);
    }
}
