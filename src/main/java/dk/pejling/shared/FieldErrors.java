package dk.pejling.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the field errors of several validating steps, so a form or request that builds more
 * than one value (a period, then the details that use it) answers every error at once.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Runs a step; its field errors are kept and null is answered instead of its value. */
    public <T> T collect(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
            return null;
        }
    }

    /** Like {@link #collect(Supplier)}, with the step's field names put under a prefix ("targets[2]."). */
    public <T> T collect(String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(prefix + field, message));
            return null;
        }
    }

    /** The value when no step failed; otherwise every collected error at once. */
    public <T> T orThrow(T value) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }
}
