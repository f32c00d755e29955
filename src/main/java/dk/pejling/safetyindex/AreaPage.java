package dk.pejling.safetyindex;

import java.util.List;

/**
 * One area's values over time with the cells behind them, read in one call ({@link SafetyIndexReadModels#area}).
 *
 * @param kindLabel the area's kind in the viewer's language
 * @param path      the areas from the root down to this one
 * @param method    the method version shown, null: the viewer may see none
 * @param values    the area's values by that version, newest period first
 * @param synthetic whether a value shown is computed from generated data
 * @param change    the paired change between the two newest periods of the same kind, null: none to show
 */
public record AreaPage(Area area, String kindLabel, List<Area> path, List<Area> children, List<MethodVersion> methods,
                       MethodVersion method, List<ValueView> values, boolean synthetic, Change change) {

    public AreaPage {
        path = List.copyOf(path);
        children = List.copyOf(children);
        methods = List.copyOf(methods);
        values = List.copyOf(values);
    }
}
