package dk.pejling.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule only the domain can check (a parent goal in another strategy, a period
 * that ends before it starts). Carries one message per field, like bean validation does.
 */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors);
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return Map.copyOf(fieldErrors);
    }
}
