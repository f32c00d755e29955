package dk.pejling.initiative;

import dk.pejling.shared.tabular.ColumnHeading;
import dk.pejling.shared.tabular.TableColumn;

/** The columns of an initiative file of the register import and export, in the order they are written. */
enum InitiativeColumn implements TableColumn {
    STRATEGY("strategi", "strategy", true),
    KEY("nummer", "number", true),
    PARENT("overordnet", "parent", false),
    KIND("type", "kind", true),
    TITLE("titel", "title", true),
    DESCRIPTION("beskrivelse", "description", false),
    AREA("område", "area", false),
    RESPONSIBLE("ansvarlig", "responsible", false),
    FROM("fra", "from", false),
    TO("til", "to", false),
    GOALS("mål", "goals", false),
    ORDER("rækkefølge", "order", false),
    VISIBILITY("synlighed", "visibility", false),
    /** "nordjyllands-politi rolle:\"Tryghedsvandringer\" timer:1064": an organisation by key or name, its role and hours; separated by "|". */
    PARTNERS("partnere", "partners", false);

    private final ColumnHeading heading;

    InitiativeColumn(String danish, String english, boolean required) {
        this.heading = new ColumnHeading(danish, english, required);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
