package dk.pejling.safetyindex;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The kinds of area in words of the page's language, for every page that names them (internal and portal). */
public final class AreaKindLabels {

    private AreaKindLabels() {
    }

    public static Map<Area.Kind, String> of(MessageSource messages, Locale locale) {
        Map<Area.Kind, String> labels = new EnumMap<>(Area.Kind.class);
        for (Area.Kind k : Area.Kind.values()) {
            labels.put(k, messages.getMessage("safetyindex.kind." + k.name(), null, k.name(), locale));
        }
        return labels;
    }
}
