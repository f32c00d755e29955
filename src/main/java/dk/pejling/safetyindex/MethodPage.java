package dk.pejling.safetyindex;

import java.util.List;

/**
 * A method version in plain language, read in one call ({@link SafetyIndexReadModels#method}).
 *
 * @param methods   the method versions the viewer may see, newest first
 * @param method    the version shown; null only on the form's page when the viewer may see none
 * @param canCreate whether the form that creates a method version is offered
 */
public record MethodPage(List<MethodVersion> methods, MethodVersion method, boolean canCreate) {

    public MethodPage {
        methods = List.copyOf(methods);
    }

    /** The version's document, null without a version. */
    public MethodDocument doc() {
        return method == null ? null : method.method();
    }
}
