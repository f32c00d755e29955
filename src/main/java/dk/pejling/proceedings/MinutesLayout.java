package dk.pejling.proceedings;

/**
 * One family of minutes layouts. The parser asks every layout how sure it is that a text is its own and
 * lets the surest read it, so a new municipality's layout is a new class, not another branch in one parser.
 */
interface MinutesLayout {

    /** A short name for the preview and the logs ("aalborg", "labelled", "generic"). */
    String name();

    /** 0 (not this layout) to 1 (certainly this layout). */
    double score(String normalisedText);

    ParsedMinutes parse(String normalisedText);

    /**
     * Whether a reading counts only when it found items, the date and the committee; a layout that says so
     * hands an incomplete text on to the next one (in the end to the generic layout).
     */
    default boolean acceptsOnlyComplete() {
        return false;
    }
}
