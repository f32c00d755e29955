package dk.pejling.register;

import dk.pejling.shared.tabular.Problem;

/**
 * Why a row of a register file cannot be imported, beyond the problems every table has
 * ({@link dk.pejling.shared.tabular.ImportProblem}). The pages say them in Danish or English from
 * {@code import.problem.<NAME>}; the English text here is what the API answers.
 */
public enum RegisterProblem implements Problem {
    KEY_FORMAT("\u201c{0}\u201d is not a key: write lowercase letters, digits and hyphens"),
    CELL_QUOTES("\u201c{0}\u201d has a quotation mark that is not closed"),
    RELATION_FORMAT("\u201c{0}\u201d is not a relation: write its kind ({1}), a colon and the other strategy's key, e.g. del-af:tryg-aalborg"),
    SELF_RELATION("the strategy cannot relate to itself"),
    BASELINE_FORMAT("\u201c{0}\u201d is not a baseline: write a value and, if need be, dato:2019-12-31 population:\"\u2026\" note:\"\u2026\"; or a note alone"),
    TARGET_FORMAT("\u201c{0}\u201d is not a target: write the period, the kind ({1}) and the value, e.g. 2025 at-least 68"),
    PARTNER_FORMAT("\u201c{0}\u201d is not a partner: write the organisation's key and, if need be, rolle:\"\u2026\" timer:1064"),
    UNKNOWN_LABEL("\u201c{0}\u201d has the unknown label {1}; the labels are {2}");

    private final String english;

    RegisterProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
