package dk.pejling.safetyindex;

import java.util.Locale;

/** Generated data say so in their source ("SYNTETISK …"); every page that shows them carries the label. */
public final class SyntheticLabel {

    public static final String LABEL = "SYNTETISK";

    private SyntheticLabel() {
    }

    public static boolean marks(String source) {
        return source != null && source.toUpperCase(Locale.ROOT).contains(LABEL);
    }
}
