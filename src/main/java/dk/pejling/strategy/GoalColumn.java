package dk.pejling.strategy;

import dk.pejling.shared.tabular.ColumnHeading;
import dk.pejling.shared.tabular.TableColumn;

/** The columns of a goal file of the register import and export: a goal is known by its strategy and its code (the key), its parent by the parent's code. */
enum GoalColumn implements TableColumn {
    STRATEGY("strategi", "strategy", true),
    KEY("nøgle", "key", true),
    PARENT("overordnet", "parent", false),
    KIND("type", "kind", true),
    TITLE("titel", "title", true),
    DESCRIPTION("beskrivelse", "description", false),
    ORDER("rækkefølge", "order", false),
    VISIBILITY("synlighed", "visibility", false);

    private final ColumnHeading heading;

    GoalColumn(String danish, String english, boolean required) {
        this.heading = new ColumnHeading(danish, english, required);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
