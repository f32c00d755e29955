package dk.pejling.shared.web;

import dk.pejling.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page answers a submitted form. A page binds a command record (with Bean Validation where
 * it has any), hands this helper the binding and the change to make, and says what to show when the form is
 * refused — by the binding (a date like "31-02"), by Bean Validation or by the domain. A refusal is shown in
 * the user's language beside the fields: either the form again with 400, or, for a form that lives on another
 * page, the errors flashed to that page.
 */
@Component
public class FormOutcome {

    private final FieldErrorMessages messages;

    FormOutcome(FieldErrorMessages messages) {
        this.messages = messages;
    }

    /**
     * What the page shows when the form is refused.
     *
     * @param errors the field errors in the user's language, by field name
     * @param typed  the fields as the browser sent them, to fill the form in again (a refused date stays as typed)
     */
    public record Refusal(Map<String, String> errors, Map<String, String> typed) {
    }

    /** Makes the change when the command is valid; a refusal answers 400 with the form the page renders again. */
    public String render(BindingResult binding, Supplier<String> change, Function<Refusal, String> form) {
        try {
            requireValid(binding);
            return change.get();
        } catch (InvalidInputException e) {
            ServletRequestAttributes request = currentRequest();
            HttpServletResponse response = request.getResponse();
            if (response != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return form.apply(new Refusal(localise(e), typed(request.getRequest())));
        }
    }

    /**
     * Makes the change when the command is valid; a refusal flashes the errors as {@code errorsAttribute}
     * (and, when {@code typedAttribute} is given, the fields as sent) and redirects to {@code refused}.
     */
    public String redirect(BindingResult binding, Supplier<String> change, RedirectAttributes redirect,
                           String errorsAttribute, String typedAttribute, String refused) {
        try {
            requireValid(binding);
            return change.get();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(errorsAttribute, localise(e));
            if (typedAttribute != null) {
                redirect.addFlashAttribute(typedAttribute, typed(currentRequest().getRequest()));
            }
            return refused;
        }
    }

    /** Like {@link #redirect}, for a form without fields to bind (a button). */
    public String redirect(Supplier<String> change, RedirectAttributes redirect, String errorsAttribute, String refused) {
        return redirect(null, change, redirect, errorsAttribute, null, refused);
    }

    /** Throws the binding's field errors as the domain's refusal, so both are shown alike. */
    public static void requireValid(BindingResult binding) {
        if (binding == null || !binding.hasFieldErrors()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), message(e)));
        throw new InvalidInputException(errors);
    }

    /** A value of the wrong type (a date like "31-02") "has an invalid value"; a constraint says what it wants. */
    private static String message(FieldError error) {
        if (error.isBindingFailure() || error.getDefaultMessage() == null) {
            return "has an invalid value";
        }
        return error.getDefaultMessage();
    }

    private Map<String, String> localise(InvalidInputException e) {
        return messages.localise(e.fieldErrors(), LocaleContextHolder.getLocale());
    }

    /** The first value of every parameter; the CSRF token is no field of any form. */
    private static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name) && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }

    private static ServletRequestAttributes currentRequest() {
        return (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    }
}
