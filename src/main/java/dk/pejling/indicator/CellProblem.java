package dk.pejling.indicator;

/** A cell that cannot be read; the row reader turns it into a {@link RowError}. */
class CellProblem extends RuntimeException {

    private final ImportProblem problem;
    private final String[] args;

    CellProblem(ImportProblem problem, String... args) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.args = args;
    }

    RowError at(int row, String column) {
        return RowError.of(row, column, problem, args);
    }
}
