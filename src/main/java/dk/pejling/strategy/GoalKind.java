package dk.pejling.strategy;

import dk.pejling.shared.Coded;

/** The level names the documents use; the tree itself may be of any depth. */
public enum GoalKind implements Coded {
    MISSION("mission"),
    MAIN_GOAL("hovedmaal"),
    GOAL("maal"),
    SUB_GOAL("delmaal");

    private final String code;

    GoalKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
