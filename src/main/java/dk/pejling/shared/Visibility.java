package dk.pejling.shared;

/** Whether a record may be shown to anonymous users (public) or only to signed-in users (internal). */
public enum Visibility implements Coded {
    PUBLIC("offentlig"),
    INTERNAL("intern");

    private final String code;

    Visibility(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A child is never more visible than its parent: an internal strategy makes all its goals internal. */
    public Visibility within(Visibility parent) {
        return parent == INTERNAL ? INTERNAL : this;
    }
}
