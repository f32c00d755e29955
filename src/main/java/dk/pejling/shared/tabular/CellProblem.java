package dk.pejling.shared.tabular;

/** A cell that cannot be read; the row reader turns it into a {@link RowError}. */
public class CellProblem extends RuntimeException {

    private final Problem problem;
    private final String[] args;

    public CellProblem(Problem problem, String... args) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.args = args;
    }

    public RowError at(int row, String column) {
        return RowError.of(row, column, problem, args);
    }
}
