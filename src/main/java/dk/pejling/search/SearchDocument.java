package dk.pejling.search;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One searchable thing a module contributes: what it is, where it lives, its words, and who may find it.
 * The search module stores exactly this and reads nothing else of the contributing module.
 *
 * @param type          what it is (the type facet)
 * @param id            its id, unique within the type
 * @param title         the title shown in a result
 * @param text          the words to search besides the title; may hold {@code [[Navn]]} marks
 * @param url           the page that shows it
 * @param access        who may find it
 * @param strategies    the strategies that scope it (facet and filter); names are shown only to a viewer who may
 *                      see the strategy
 * @param organisations the organisations that own or take part in it (facet and filter)
 * @param year          the year it belongs to (facet), or null
 */
public record SearchDocument(SearchType type, String id, String title, String text, String url, Access access,
                             List<Ref> strategies, List<Ref> organisations, Integer year) {

    public SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(access, "access");
        if (id == null || id.isBlank() || url == null || url.isBlank()) {
            throw new IllegalArgumentException("a search document needs an id and a url");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /**
     * A strategy or organisation a document belongs to, with the name the facet shows.
     *
     * @param name     the name, or null when the contributing module does not know it: then the document can be
     *                 filtered by the id but adds nothing to the facet
     * @param isPublic whether the name may be shown to anyone (an internal strategy's title is itself internal)
     */
    public record Ref(UUID id, String name, boolean isPublic) {
        public Ref {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Who may find a document.
     *
     * @param isPublic   anyone, the anonymous public included
     * @param signedIn   any signed-in user
     * @param strategies otherwise: users who read the internal records of one of these strategies
     *                   (administrators find everything)
     */
    public record Access(boolean isPublic, boolean signedIn, List<UUID> strategies) {

        public Access {
            strategies = strategies == null ? List.of() : List.copyOf(strategies);
        }

        public static Access everyone() {
            return new Access(true, false, List.of());
        }

        /** Found by administrators only (a closed agenda item's content). */
        public static Access administratorsOnly() {
            return new Access(false, false, List.of());
        }

        public static Access signedInUsers() {
            return new Access(false, true, List.of());
        }

        public static Access readersOf(List<UUID> strategies) {
            return new Access(false, false, strategies);
        }
    }
}
