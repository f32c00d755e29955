package dk.pejling.strategy;

import dk.pejling.shared.Coded;

/** Draft → in hearing → adopted → expired or replaced. */
public enum LifecycleStatus implements Coded {
    DRAFT("udkast"),
    IN_HEARING("i-hoering"),
    ADOPTED("vedtaget"),
    EXPIRED("udloebet"),
    REPLACED("erstattet");

    private final String code;

    LifecycleStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
