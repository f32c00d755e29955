package dk.pejling.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The actors of docs/permissions.md as plain viewers, for unit tests of the permissions components without
 * Spring: an internal strategy {@link #STRATEGY} owned by organisation {@link #OWNER} (with a unit
 * {@link #OWNER_UNIT} below it), another strategy {@link #OTHER_STRATEGY}, and an organisation
 * {@link #OUTSIDE} that takes part in neither. The grants are what the access module would give each.
 */
public final class MatrixActors {

    public static final UUID STRATEGY = UUID.fromString("00000000-0000-0000-0000-00000000005a");
    public static final UUID OTHER_STRATEGY = UUID.fromString("00000000-0000-0000-0000-00000000005b");
    public static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-0000000000a0");
    public static final UUID OWNER_UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    public static final UUID OUTSIDE = UUID.fromString("00000000-0000-0000-0000-0000000000b0");
    /** The organisation of the coordinator: a third one, neither owner nor partner of the strategy. */
    public static final UUID COORDINATORS_ORGANISATION = UUID.fromString("00000000-0000-0000-0000-0000000000c0");

    private MatrixActors() {
    }

    public static Viewer admin() {
        return new Viewer(id("ad"), OWNER, Set.of(Viewer.ADMIN), "admin",
                new Viewer.Scope(Set.of(), Set.of(), Set.of(OWNER, OWNER_UNIT)));
    }

    /** A reader of a third organisation, appointed coordinator of {@link #STRATEGY} (and nothing else). */
    public static Viewer coordinator() {
        return new Viewer(id("c0"), COORDINATORS_ORGANISATION, Set.of(Viewer.READER), "coordinator",
                new Viewer.Scope(Set.of(), Set.of(STRATEGY), Set.of(COORDINATORS_ORGANISATION)));
    }

    /** An editor of the owner {@link #OWNER}: acts for it and its unit, takes part in {@link #STRATEGY}. */
    public static Viewer editor() {
        return new Viewer(id("e0"), OWNER, Set.of(Viewer.EDITOR), "editor",
                new Viewer.Scope(Set.of(STRATEGY), Set.of(), Set.of(OWNER, OWNER_UNIT)));
    }

    /** An editor of {@link #OUTSIDE}, which takes no part in {@link #STRATEGY}. */
    public static Viewer outsider() {
        return new Viewer(id("b0"), OUTSIDE, Set.of(Viewer.EDITOR), "outsider",
                new Viewer.Scope(Set.of(), Set.of(), Set.of(OUTSIDE)));
    }

    /** A reader of the owner: reads the strategy's internal records, changes nothing. */
    public static Viewer reader() {
        return new Viewer(id("d0"), OWNER, Set.of(Viewer.READER), "reader",
                new Viewer.Scope(Set.of(STRATEGY), Set.of(), Set.of(OWNER, OWNER_UNIT)));
    }

    public static Viewer anonymous() {
        return Viewer.anonymous();
    }

    private static UUID id(String suffix) {
        return UUID.fromString("00000000-0000-0000-0000-0000000001" + suffix);
    }
}
