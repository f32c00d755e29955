package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.RichText;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an owner reports: a status from the legend, a comment (rich text, sanitised) and progress. */
public record StatusInput(String statusCode, String comment, Integer progress) {

    public StatusInput {
        Map<String, String> errors = new LinkedHashMap<>();
        if (statusCode == null || statusCode.isBlank()) {
            errors.put("status", "must be chosen");
        }
        if (progress != null && (progress < 0 || progress > 100)) {
            errors.put("progress", "must be between 0 and 100");
        }
        comment = RichText.sanitize(comment);
        if (comment != null && comment.length() > 100_000) {
            errors.put("comment", "is too long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The legend's entry for this status: only a status of the strategy's legend is accepted. */
    StatusOption optionIn(java.util.List<StatusOption> legend) {
        return legend.stream().filter(o -> o.code().equals(statusCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "'" + statusCode + "' is not a status of this strategy"));
    }

    /** A status that needs a note gets one: the comment must have some text, not only markup. */
    void requireNoteFor(StatusOption option) {
        if (option.needsNote() && RichText.plain(comment).isEmpty()) {
            throw new InvalidInputException("comment", "the status '" + option.labelDa() + "' needs a note explaining it");
        }
    }
}
