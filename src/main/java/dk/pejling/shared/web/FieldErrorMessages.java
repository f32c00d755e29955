package dk.pejling.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows the domain's field errors in the user's language. The domain speaks English (it also
 * answers the API); known messages have a {@code validation.*} key, anything else is shown as is.
 */
@Component
public class FieldErrorMessages {

    private final MessageSource messages;

    FieldErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> localise(Map<String, String> errors, Locale locale) {
        Map<String, String> result = new LinkedHashMap<>();
        errors.forEach((field, message) -> result.put(field, localise(message, locale)));
        return result;
    }

    String localise(String message, Locale locale) {
        Matcher atMost = AT_MOST.matcher(message);
        if (atMost.matches()) { // the limit of any column (ColumnLimits), one message for every length
            return messages.getMessage("validation.at-most-characters", new Object[] {Integer.valueOf(atMost.group(1))},
                    message, locale);
        }
        String exact = messages.getMessage("validation." + key(message), null, null, locale);
        if (exact != null) {
            return exact;
        }
        // "2 reports still wait for review", "the status 'Afventer' needs a note": the numbers and quoted
        // names become the arguments of one message (validation.n-reports-…, validation.the-status-x-…)
        List<String> arguments = new ArrayList<>();
        Matcher m = PARAMETER.matcher(message);
        StringBuilder shape = new StringBuilder();
        while (m.find()) {
            boolean quoted = m.group().startsWith("'");
            arguments.add(quoted ? m.group().substring(1, m.group().length() - 1) : m.group());
            m.appendReplacement(shape, quoted ? " x " : " n ");
        }
        m.appendTail(shape);
        if (arguments.isEmpty()) {
            return message;
        }
        return messages.getMessage("validation." + key(shape.toString()), arguments.toArray(), message, locale);
    }

    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+) characters");

    /** A number or a 'quoted name' inside a domain message. */
    private static final Pattern PARAMETER = Pattern.compile("'[^']*'|\\d+");

    static String key(String message) {
        if (message.startsWith("is larger than")) {
            return "file-too-large";
        }
        if (message.startsWith("files of type")) {
            return "file-type";
        }
        if (message.startsWith("the content of the file")) {
            return "file-content";
        }
        if (message.contains("is not a period")) {
            return "not-a-period";
        }
        if (message.startsWith("must be given for a")) {
            return "must-be-given";
        }
        if (message.startsWith("already has a value for")) {
            return "period-has-a-value";
        }
        if (message.contains("is more frequent than the indicator")) {
            return "period-too-fine";
        }
        return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
