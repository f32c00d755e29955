package dk.pejling.register;

/**
 * What importing one row did (or, in a dry run, would do).
 *
 * @param key   the record's key as the file writes it
 * @param title its title or name, for people to read
 */
public record RegisterChange(int row, String key, String title, Action action) {

    public enum Action { NEW, UNCHANGED }
}
