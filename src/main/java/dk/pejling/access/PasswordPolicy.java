package dk.pejling.access;

import dk.pejling.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes (bcrypt reads no further,
 * so a longer one would be silently cut), not a common or leaked password (a list shipped with the
 * application, see {@code access/common-passwords.SOURCE.md}; nothing goes over the network), not
 * such a password with digits or signs around it ("password1234"), not one character or a short
 * pattern repeated, and not built on the user's own user name, name or e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** Fewer distinct characters than this is a repetition ("aaaaaaaaaaaa", "abababababab"). */
    static final int MIN_DISTINCT = 5;
    /** Shorter parts of a name ("jo", "dk") would refuse too much. */
    static final int MIN_NAME_PART = 4;

    static final String TOO_SHORT = "must be at least 12 characters";
    static final String TOO_LONG = "must be at most 72 bytes";
    static final String TOO_COMMON = "is too common or too easy to guess";
    static final String CONTAINS_NAME = "must not contain your user name, name or e-mail address";

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the shipped list. */
    public static PasswordPolicy shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final PasswordPolicy SHIPPED = new PasswordPolicy(load("/access/common-passwords.txt"));
    }

    /**
     * Refuses the password with a field error on {@code field}; the names are the account's user
     * name, display name and e-mail address (any may be null).
     */
    public void check(String field, String password, String... names) {
        String problem = problem(password, names);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
    }

    /** The reason the password is refused, or null when it is acceptable. */
    String problem(String password, String... names) {
        if (password == null || password.length() < MIN_LENGTH) {
            return TOO_SHORT;
        }
        if (tooLong(password)) {
            return TOO_LONG;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() < MIN_DISTINCT || common(lower) || common(core(lower))
                || common(core(unrepeated(lower)))) {
            return TOO_COMMON;
        }
        if (nameParts(names).anyMatch(lower::contains)) {
            return CONTAINS_NAME;
        }
        return null;
    }

    /** Over bcrypt's 72 bytes: refused everywhere a password is set, and never checked at login. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private boolean common(String candidate) {
        return candidate.isEmpty() || common.contains(candidate);
    }

    /** The word inside digits and signs: "2024!password1234" gives "password"; only digits give "". */
    static String core(String password) {
        return password.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    /** "dragondragon" gives "dragon"; anything that is not a repetition is answered as it is. */
    static String unrepeated(String password) {
        int n = password.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && password.substring(0, unit).repeat(n / unit).equals(password)) {
                return password.substring(0, unit);
            }
        }
        return password;
    }

    private static Stream<String> nameParts(String... names) {
        return Arrays.stream(names).filter(Objects::nonNull)
                .flatMap(name -> Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(part -> part.length() >= MIN_NAME_PART);
    }

    static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + resource);
            }
            Set<String> words = new HashSet<>(64_000);
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(words::add);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
