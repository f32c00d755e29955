package dk.pejling.shared.web;

import dk.pejling.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page request whose parameters the domain refuses (a year of 12, an id that is no id) gets the
 * 400 page naming each field and what was wrong with it, in the user's language, instead of a 500
 * or the upload page's "the file could not be received". Forms catch their own refusals and show
 * them inline; this is for what reaches a page through its address.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageInputErrorHandler {

    private final FieldErrorMessages fieldMessages;
    private final MessageSource messages;

    PageInputErrorHandler(FieldErrorMessages fieldMessages, MessageSource messages) {
        this.fieldMessages = fieldMessages;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response, Locale locale) {
        return page(fieldMessages.localise(e.fieldErrors(), locale), response, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Locale locale) {
        return page(Map.of(e.getName(), messages.getMessage("validation.not-a-valid-value", null, locale)), response, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletResponse response, Locale locale) {
        return page(Map.of(e.getParameterName(), messages.getMessage("validation.must-be-given", null, locale)),
                response, locale);
    }

    private ModelAndView page(Map<String, String> errors, HttpServletResponse response, Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> problems = new LinkedHashMap<>();
        errors.forEach((field, message) -> problems.put(FieldLabels.label(messages, field, locale), message));
        ModelAndView view = new ModelAndView("error/400");
        view.addObject("problems", problems);
        return view;
    }
}
