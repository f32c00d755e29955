package dk.pejling.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The name a person knows a field by, for error summaries: {@code field.<name>} in the bundles,
 * or the field's own name when the bundles do not know it (better than leaving it out).
 */
public final class FieldLabels {

    private FieldLabels() {
    }

    public static String label(MessageSource messages, String field, Locale locale) {
        return messages.getMessage("field." + field, null, field, locale);
    }
}
