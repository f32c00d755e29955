package dk.pejling.proceedings;

/** What an agenda item concerns. */
public enum LinkKind {
    STRATEGY, GOAL, INITIATIVE
}
