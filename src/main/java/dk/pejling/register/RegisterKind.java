package dk.pejling.register;

import dk.pejling.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a register file holds, in the order they are imported: a goal's strategy must be there first. */
public enum RegisterKind {
    STRATEGIES("strategier"),
    GOALS("maal"),
    INDICATORS("indikatorer"),
    INITIATIVES("indsatser");

    private final String danish;

    RegisterKind(String danish) {
        this.danish = danish;
    }

    /** The kind as the API's {@code kind} parameter writes it: {@code strategies}, or its Danish name. */
    public static RegisterKind of(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.parameter().equals(v) || k.danish.equals(v)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "must be one of "
                        + Arrays.stream(values()).map(RegisterKind::parameter).collect(Collectors.joining(", "))));
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name's stem in Danish ("strategier") or English ("strategies"). */
    public String fileName(boolean english) {
        return english ? parameter() : danish;
    }
}
