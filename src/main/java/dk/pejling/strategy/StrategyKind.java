package dk.pejling.strategy;

import dk.pejling.shared.Coded;

public enum StrategyKind implements Coded {
    STRATEGY("strategi"),
    POLICY("politik"),
    PLAN("plan"),
    ACTION_PLAN("handleplan"),
    MASTER_PLAN("helhedsplan"),
    SUB_AGREEMENT("delaftale"),
    GOALS_AND_STRATEGIES("maal-og-strategier");

    private final String code;

    StrategyKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
