package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.util.Locale;

/** What an import file holds: survey answers of one wave, crime counts (STRAF11) or population (FOLK1A). */
public enum ImportKind {
    SURVEY, CRIME, POPULATION;

    public static ImportKind of(String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be survey, crime or population");
        }
    }
}
