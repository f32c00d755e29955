package dk.pejling.indicator;

/**
 * How verdicts combine into the verdict of a goal, stated so anyone can redo it.
 * Items that are not measured are left out and shown as such; they never count as zero.
 */
public enum RollupMethod {
    /** All measured items reached → reached; some reached or partly → partly; none → not reached. */
    ALL_OR_SOME(
            "Alle målte delmål nået: nået. Nogle nået eller delvist nået: delvist nået. Ingen nået: ikke nået. Delmål uden målinger tæller ikke som 0 og vises som ikke målt, men så længe et delmål mangler målinger, er helheden højst delvist nået.",
            "All measured items reached: reached. Some reached or partly reached: partly reached. None reached: not reached. Items without values never count as zero and are shown as not measured, but while one is missing the whole is at most partly reached."),
    /** Weighted share of reached (1), partly (½) and not reached (0): 1 → reached, at least ½ → partly. */
    WEIGHTED_SHARE(
            "Vægtet andel: nået tæller 1, delvist nået ½ og ikke nået 0, ganget med vægten. Andel 1: nået. Mindst ½: delvist nået. Under ½: ikke nået. Delmål uden målinger tæller ikke med, men så længe et mangler, er helheden højst delvist nået.",
            "Weighted share: reached counts 1, partly reached ½ and not reached 0, times the weight. Share 1: reached. At least ½: partly reached. Below ½: not reached. Items without values are left out, but while one is missing the whole is at most partly reached.");

    private final String da;
    private final String en;

    RollupMethod(String da, String en) {
        this.da = da;
        this.en = en;
    }

    public Explanation description() {
        return Explanation.of(da, en);
    }
}
