package dk.pejling.indicator;

/**
 * How verdicts combine into the verdict of a goal, stated so anyone can redo it (the statement is in the
 * message bundles, {@code rollup.method.<NAME>}, written by {@link ExplanationText#method}).
 * Items that are not measured are left out and shown as such; they never count as zero.
 */
public enum RollupMethod {
    /** All measured items reached → reached; some reached or partly → partly; none → not reached. */
    ALL_OR_SOME,
    /** Weighted share of reached (1), partly (½) and not reached (0): 1 → reached, at least ½ → partly. */
    WEIGHTED_SHARE
}
