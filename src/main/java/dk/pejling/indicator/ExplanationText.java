package dk.pejling.indicator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link Explanation} as a sentence in the reader's language from the message bundles: the
 * one place a verdict turns into words (pages use it as {@code @explanationText}, the API with the
 * request's language, the reports in theirs). Numbers are written as the reports write them
 * ({@link NumberText}): "1.725" and "5,7 %" in Danish, "1,725" and "5.7%" in English.
 */
@Component("explanationText")
public class ExplanationText {

    public static final Locale DANISH = Locale.forLanguageTag("da");

    private final MessageSource messages;
    private final IndicatorWords words;

    public ExplanationText(MessageSource messages) {
        this.messages = messages;
        this.words = new IndicatorWords(messages);
    }

    /** The sentence, or null for no explanation. */
    public String render(Explanation explanation, Locale locale) {
        if (explanation == null) {
            return null;
        }
        return message(explanation.reason().key(), explanation.arguments(), locale);
    }

    public String danish(Explanation explanation) {
        return render(explanation, DANISH);
    }

    public String english(Explanation explanation) {
        return render(explanation, Locale.ENGLISH);
    }

    /** How a roll-up method combines verdicts, stated so anyone can redo it. */
    public String method(RollupMethod method, Locale locale) {
        return messages.getMessage("rollup.method." + method.name(), null, locale);
    }

    private String message(String key, List<Object> arguments, Locale locale) {
        Object[] rendered = arguments.stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage(key, rendered, locale);
    }

    private String argument(Object argument, Locale locale) {
        boolean danish = !"en".equals(locale.getLanguage());
        return switch (argument) {
            case null -> "";
            case Explanation.Phrase p when p.key() == null -> "";
            case Explanation.Phrase p -> message(p.key(), p.arguments(), locale);
            case Explanation e -> render(e, locale);
            case Explanation.Quantity q -> words.quantity(q.value(), q.decimals(), q.unit(), locale);
            case Explanation.Percent p -> messages.getMessage("verdict.percent",
                    new Object[] {NumberText.number(p.value().abs(), 1, danish)}, locale);
            case Explanation.Points p -> messages.getMessage("verdict.points",
                    new Object[] {NumberText.number(p.value().abs(), Math.max(p.decimals(), 1), danish)}, locale);
            case Explanation.Step s -> words.step(s.text(), locale);
            case Attainment a -> words.status(a, locale);
            case MeasurementPeriod p -> words.period(p, locale);
            case List<?> parts -> parts.stream().map(p -> argument(p, locale)).collect(Collectors.joining(" "));
            default -> String.valueOf(argument);
        };
    }
}
