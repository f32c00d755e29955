package dk.pejling.shared.tabular;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a file, or one of its rows, cannot be imported: the generic {@link ImportProblem}s of reading a
 * table, and the problems each import adds for its own rules. Each has an English message (what the
 * API answers) and a key {@code import.problem.<NAME>} for the pages in Danish and English.
 */
public interface Problem {

    String name();

    /** The English text with {@code {0}}-style places for the arguments. */
    String english();

    default String key() {
        return "import.problem." + name();
    }

    default String message(Object... args) {
        return new MessageFormat(english().replace("'", "''"), Locale.ENGLISH).format(args);
    }
}
