package dk.pejling.shared;

import java.util.Arrays;
import java.util.Locale;

/**
 * An enum with a stable Danish code, as used in the demo data files a municipality edits
 * ("kommune", "vedtaget", "del-af"). Code names in Java stay English.
 */
public interface Coded {

    String code();

    /** Parses a Danish code or the enum constant's own name, case-insensitively. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing value for " + type.getSimpleName());
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(wanted) || e.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown " + type.getSimpleName() + " '" + value + "'; expected one of "
                                + Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()));
    }
}
