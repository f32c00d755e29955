package dk.pejling.initiative;

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
    VISIBILITY("synlighed", "visibility", false);

    private final String danish;
    private final String english;
    private final boolean required;

    InitiativeColumn(String danish, String english, boolean required) {
        this.danish = danish;
        this.english = english;
        this.required = required;
    }

    @Override
    public String danish() {
        return danish;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public boolean required() {
        return required;
    }
}
