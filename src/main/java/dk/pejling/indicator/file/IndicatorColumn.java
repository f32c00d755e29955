package dk.pejling.indicator.file;

import dk.pejling.shared.tabular.ColumnHeading;
import dk.pejling.shared.tabular.TableColumn;

/** The columns of an indicator file of the register import and export, in the order they are written. */
enum IndicatorColumn implements TableColumn {
    KEY("nøgle", "key", true),
    NAME("navn", "name", true),
    DEFINITION("definition", "definition", false),
    UNIT("enhed", "unit", true),
    DECIMALS("decimaler", "decimals", false),
    DIRECTION("retning", "direction", true),
    FREQUENCY("frekvens", "frequency", false),
    POPULATION("population", "population", false),
    SOURCE("kilde", "source", false),
    SOURCE_OWNER("kildeejer", "source_owner", false),
    SOURCE_URL("kilde_url", "source_url", false),
    VISIBILITY("synlighed", "visibility", false),
    GOALS("mål", "goals", false),
    /** "62,5 dato:2019-12-31 population:\"Afd. 12\" note:\"…\"", several separated by "|" ({@link IndicatorCells}). */
    BASELINES("udgangspunkter", "baselines", false),
    /** "2025 at-least 68", "2025 relative-change -5,1 mod:udgangspunkt", several separated by "|" ({@link IndicatorCells}). */
    TARGETS("målsætninger", "targets", false);

    private final ColumnHeading heading;

    IndicatorColumn(String danish, String english, boolean required) {
        this.heading = new ColumnHeading(danish, english, required);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
