package dk.pejling.shared.tabular;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A column of an import's file, usually a constant of the import's enum of columns. The header row
 * names it in Danish or English, in any case, with spaces, hyphens or underscores, and with æ, ø, å
 * written as ae, oe, aa if need be.
 */
public interface TableColumn {

    ColumnHeading heading();

    default String danish() {
        return heading().danish();
    }

    default String english() {
        return heading().english();
    }

    default boolean required() {
        return heading().required();
    }

    default String header(FileDialect dialect) {
        return dialect == FileDialect.ENGLISH ? english() : danish();
    }

    default boolean named(String header) {
        String key = normalise(header);
        return key.equals(normalise(danish())) || key.equals(normalise(english()));
    }

    static String normalise(String header) {
        String s = header == null ? "" : Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return s.replaceAll("[\\s\\-_]+", "_");
    }
}
