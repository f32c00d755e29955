package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a strategy's status legend. Colour never carries the meaning alone: every option
 * has a text and an icon too. {@code needsNote} marks a status that requires a comment.
 */
@Table("initiative_status_option")
public record StatusOption(String code, String labelDa, String labelEn, String colour, String icon, boolean needsNote) {

    /** The three-colour legend of "Status pr. 1. marts 2018". */
    public static final List<StatusOption> DEFAULT = List.of(
            new StatusOption("i-gang", "I gang eller gennemført", "In progress or completed", "#2e7d32", "✓", false),
            new StatusOption("gennemfoeres-ikke", "Gennemføres ikke", "Will not be carried out", "#c62828", "✗", true),
            new StatusOption("afventer", "Afventer eller er udsat", "Pending or postponed", "#f9a825", "…", true));

    public StatusOption {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !code.matches("[a-z0-9-]{1,40}")) {
            errors.put("code", "use 1-40 lowercase letters, digits or hyphens");
        }
        if (labelDa == null || labelDa.isBlank()) {
            errors.put("labelDa", "must not be blank");
        }
        labelEn = labelEn == null || labelEn.isBlank() ? labelDa : labelEn.strip();
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            errors.put("colour", "must be a colour like #2e7d32");
        }
        if (icon == null || icon.isBlank() || icon.length() > 4) {
            errors.put("icon", "must be a short symbol");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * How a status code no longer in the legend is shown (a report read after its code was retired, or
     * saved in the moment the legend changed): the code itself, in grey, with a question mark. Reading
     * never fails on it.
     */
    public static StatusOption retired(String code) {
        return new StatusOption(code == null ? "ukendt" : code, code == null ? "Ukendt" : code, null, "#545454", "?", false);
    }

    public String label(boolean danish) {
        return danish ? labelDa : labelEn;
    }
}
