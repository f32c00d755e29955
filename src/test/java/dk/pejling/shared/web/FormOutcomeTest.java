package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.InvalidInputException;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebRequestDataBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The one form outcome: binding, Bean Validation and domain refusals alike, in Danish, with what was typed. */
class FormOutcomeTest {

    record Command(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                   @Pattern(regexp = "\\d*", message = "must be a whole number") String count) {
    }

    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
    final MockHttpServletResponse response = new MockHttpServletResponse();
    FormOutcome forms;

    @BeforeEach
    void danishRequest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        forms = new FormOutcome(new FieldErrorMessages(messages));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        LocaleContextHolder.setLocale(Locale.of("da"));
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aValidCommandMakesTheChange() {
        request.setParameter("name", "Skript");
        request.setParameter("day", "2026-02-28");
        Bound bound = bind();
        String view = forms.render(bound.binder.getBindingResult(), () -> "redirect:/done:" + bound.command().day(),
                refusal -> "form");
        assertThat(view).isEqualTo("redirect:/done:2026-02-28");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aValueOfTheWrongTypeAndAFailedConstraintAre400InDanishWithWhatWasTyped() {
        request.setParameter("name", "Skript");
        request.setParameter("day", "31-02");
        request.setParameter("count", "mange");
        request.setParameter("_csrf", "token");
        AtomicReference<FormOutcome.Refusal> shown = new AtomicReference<>();
        String view = forms.render(bind().binder.getBindingResult(), () -> {
            throw new AssertionError("an invalid command must not reach the change");
        }, refusal -> {
            shown.set(refusal);
            return "form";
        });
        assertThat(view).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(shown.get().errors()).containsExactlyInAnyOrderEntriesOf(
                Map.of("day", "har en ugyldig værdi", "count", "skal være et helt tal"));
        assertThat(shown.get().typed()).containsEntry("day", "31-02").containsEntry("name", "Skript").doesNotContainKey("_csrf");
    }

    @Test
    void theDomainsRefusalIsShownLikeTheBindings() {
        request.setParameter("name", "");
        AtomicReference<FormOutcome.Refusal> shown = new AtomicReference<>();
        forms.render(bind().binder.getBindingResult(), () -> {
            throw new InvalidInputException("name", "must be a number");
        }, refusal -> {
            shown.set(refusal);
            return "form";
        });
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(shown.get().errors()).containsExactly(Map.entry("name", "skal være et tal"));
    }

    @Test
    void aFormOnAnotherPageGetsItsErrorsAndFieldsFlashed() {
        request.setParameter("name", "Runde");
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        String view = forms.redirect(null, () -> {
            throw new InvalidInputException("name", "must be a number");
        }, redirect, "openErrors", "openForm", "redirect:/back");
        assertThat(view).isEqualTo("redirect:/back");
        Map<String, Object> flashed = Map.copyOf(redirect.getFlashAttributes());
        assertThat(flashed).containsEntry("openErrors", Map.of("name", "skal være et tal"))
                .containsEntry("openForm", Map.of("name", "Runde"));
    }

    record Bound(WebDataBinder binder, Command command) {
    }

    /** Binds the request as Spring MVC binds a handler's command record: by its constructor, then Bean Validation. */
    private Bound bind() {
        WebRequestDataBinder binder = new WebRequestDataBinder(null, "command");
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(Command.class));
        binder.construct(new WebRequestDataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return request.getParameter(name);
            }

            @Override
            public java.util.Set<String> getNames() {
                return request.getParameterMap().keySet();
            }
        });
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        binder.setValidator(validator);
        binder.validate();
        return new Bound(binder, (Command) binder.getTarget());
    }
}
