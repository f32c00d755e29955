package dk.pejling.search;

import dk.pejling.shared.Coded;

/** The kinds of things one search covers; the code is what the API's {@code type} parameter and facet use. */
public enum SearchType implements Coded {
    STRATEGY("strategy"),
    GOAL("goal"),
    INDICATOR("indicator"),
    INITIATIVE("initiative"),
    STATUS_COMMENT("status-comment"),
    MEETING("meeting"),
    AGENDA_ITEM("agenda-item"),
    CASE("case"),
    DOCUMENT("document");

    private final String code;

    SearchType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
