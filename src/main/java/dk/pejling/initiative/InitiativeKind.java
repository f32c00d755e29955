package dk.pejling.initiative;

import dk.pejling.shared.Coded;

public enum InitiativeKind implements Coded {
    INITIATIVE("indsats"),
    ACTION("handling"),
    ACTIVITY("aktivitet"),
    MEASURE("tiltag");

    private final String code;

    InitiativeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
