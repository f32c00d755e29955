package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * An area the index is computed for, identified by a short code ("aalborg", "aalborg-ost"), in a
 * tree: a kommune holds bydele, a bydel boligområder, a boligområde afdelinger.
 *
 * @param parent the code of the area above, or null for a root
 */
public record Area(String code, String name, Kind kind, String parent) {

    public enum Kind { LAND, POLITIKREDS, KOMMUNE, BYDEL, BOLIGOMRAADE, AFDELING }

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Area {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 1–64 lower-case letters a–z, digits or hyphens");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "must be 1–200 characters");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "must be given");
        }
        if (code.equals(parent)) {
            throw new InvalidInputException("parent", "an area cannot lie in itself");
        }
        name = name.strip();
    }
}
