package dk.pejling.proceedings;

import java.util.List;
import java.util.UUID;

/**
 * A minutes draft under review, or one of its items, read in one call ({@link ProceedingsReadModels#minutesReview}).
 * Only the draft's uploader and administrators get one: the draft holds closed items too.
 *
 * @param confidence     how far each field read can be trusted; null while the document is being read
 * @param bodies         the bodies a meeting can belong to; empty while the document is being read
 * @param likelyBody     the body the committee's name points at, null: none
 * @param item           the item asked for, null: the whole review (or no item has the number asked for)
 * @param last           whether the item is the last one (it cannot be joined with a next)
 * @param itemConfidence how far the item's fields can be trusted, null without an item
 */
public record MinutesReviewPage(MinutesImportService.Draft draft, MinutesImportService.Progress progress,
                                MinutesConfidence.Assessment confidence, List<BodyChoice> bodies, UUID likelyBody,
                                ParsedItem item, boolean last, MinutesConfidence.Item itemConfidence) {

    public MinutesReviewPage {
        bodies = List.copyOf(bodies);
    }
}
