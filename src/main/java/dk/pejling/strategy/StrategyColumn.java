package dk.pejling.strategy;

import dk.pejling.shared.tabular.ColumnHeading;
import dk.pejling.shared.tabular.TableColumn;

/** The columns of a strategy file of the register import and export, in the order they are written. */
enum StrategyColumn implements TableColumn {
    KEY("nøgle", "key", true),
    TITLE("titel", "title", true),
    KIND("type", "kind", true),
    OWNER("ejer", "owner", true),
    PARTNERS("partnere", "partners", false),
    FROM("fra", "from", false),
    TO("til", "to", false),
    STATUS("status", "status", true),
    VISIBILITY("synlighed", "visibility", true),
    THEMES("temaer", "themes", false),
    SUMMARY("resumé", "summary", false),
    /** "Titel <https://…>" for a link, "Titel" for a document named without an address; separated by "|". */
    DOCUMENTS("dokumenter", "documents", false),
    /** "del-af:tryg-aalborg": the relation's kind, a colon and the other strategy's key; separated by "|". */
    RELATIONS("relationer", "relations", false);

    private final ColumnHeading heading;

    StrategyColumn(String danish, String english, boolean required) {
        this.heading = new ColumnHeading(danish, english, required);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
