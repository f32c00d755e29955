package dk.pejling.access;

/** Pages that need a session; reaching one without it leads to the login page. */
final class WebPaths {

    static final String[] EDITOR_FORMS = {
        "/strategier/ny", "/strategier/*/rediger", "/strategier/*/maal/ny", "/maal/*/rediger",
        "/strategier/*/indikatorer/ny", "/indikatorer/*/rediger", "/mine-opgaver",
        "/strategier/*/indsatser/ny", "/indsatser/*/rediger", "/maalinger/import", "/strategier/*/aarsberetning/tekster",
        "/referater/import", "/referater/import/*", "/referater/import/*/status", "/referater/import/*/punkt",
        "/register/import", "/tryghed/koblinger"
    };

    /** The user's own pages and the administrators' pages. */
    static final String[] SIGNED_IN_PAGES = {"/mine-api-noegler", "/adgangskode", "/brugere", "/brugere/**",
        "/mine-runder"};

    private WebPaths() {
    }
}
