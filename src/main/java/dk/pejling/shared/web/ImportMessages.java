package dk.pejling.shared.web;

import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.Problem;
import dk.pejling.shared.tabular.RowError;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An import's problems in the page's language, for every import page alike. A problem is said from
 * {@code import.problem.<NAME>}, each argument that is a word the messages know ({@code import.value.goal})
 * in the page's language too; a rule of the record a row becomes ({@link ImportProblem#INVALID}) is the
 * domain's English field error, shown as the other forms show it ({@link FieldErrorMessages}). The English
 * text of the problem itself is what is left when the messages lack a key.
 */
@Component
public class ImportMessages {

    private final MessageSource messages;
    private final FieldErrorMessages fieldErrors;

    ImportMessages(MessageSource messages, FieldErrorMessages fieldErrors) {
        this.messages = messages;
        this.fieldErrors = fieldErrors;
    }

    public String rowError(RowError error, Locale locale) {
        if (error.problem() == ImportProblem.INVALID) {
            return fieldErrors.localise(error.args().get(0), locale);
        }
        return problem(error.problem(), error.args(), locale);
    }

    public String problem(Problem problem, List<String> args, Locale locale) {
        Object[] localised = args.stream().map(a -> messages.getMessage("import.value." + a, null, a, locale)).toArray();
        return messages.getMessage(problem.key(), localised, problem.message(args.toArray()), locale);
    }
}
