package dk.pejling.shared.web;

import dk.pejling.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Turns form fields the browser sent in a form that cannot be bound (a date like "31-02") into field errors. */
public final class FormBinding {

    private FormBinding() {
    }

    public static void requireBindable(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "has an invalid value"));
            throw new InvalidInputException(errors);
        }
    }
}
