package dk.pejling.strategy;

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

    private final String danish;
    private final String english;
    private final boolean required;

    GoalColumn(String danish, String english, boolean required) {
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
