package dk.pejling.strategy;

import dk.pejling.shared.Coded;

/** How one strategy relates to another: "del af", "bygger på", "erstatter", "relateret til". */
public enum RelationKind implements Coded {
    PART_OF("del-af"),
    BUILDS_ON("bygger-paa"),
    REPLACES("erstatter"),
    RELATED_TO("relateret-til");

    private final String code;

    RelationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
