package dk.pejling.proceedings;

import java.util.UUID;

/** An attachment (bilag) of an agenda item as the minutes name it; fileId is its OParl File id. */
public record Attachment(UUID fileId, String name) {
}
