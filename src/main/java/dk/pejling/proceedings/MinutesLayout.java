package dk.pejling.proceedings;

/**
 * One family of minutes layouts. The parser asks every layout how sure it is that a text is its own and
 * lets the surest read it, so a new municipality's layout is a new class, not another branch in one parser.
 */
interface MinutesLayout {

    /** 0 (not this layout) to 1 (certainly this layout). */
    double score(String normalisedText);

    ParsedMinutes parse(String normalisedText);
}
