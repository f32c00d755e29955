package dk.pejling.shared.tabular;

/**
 * How a file's header row names a column, and whether the column must be there. Each import's enum of
 * columns holds one, so the enums declare their columns and nothing else.
 */
public record ColumnHeading(String danish, String english, boolean required) {}
