package dk.pejling.access;

/** Pages that show an editing form; reaching one without a session leads to the login page. */
final class WebPaths {

    static final String[] EDITOR_FORMS = {
        "/strategier/ny", "/strategier/*/rediger", "/strategier/*/maal/ny", "/maal/*/rediger",
        "/strategier/*/indikatorer/ny", "/indikatorer/*/rediger", "/mine-opgaver",
        "/strategier/*/indsatser/ny", "/indsatser/*/rediger", "/maalinger/import",
        "/referater/import", "/referater/import/*", "/referater/import/*/status"
    };

    private WebPaths() {
    }
}
