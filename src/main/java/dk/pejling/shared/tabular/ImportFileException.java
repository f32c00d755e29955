package dk.pejling.shared.tabular;

import dk.pejling.shared.InvalidInputException;
import java.util.List;

/** The file as a whole cannot be imported (its size, type, encoding or header row): a field error on {@code file}. */
public class ImportFileException extends InvalidInputException {

    private final ImportProblem problem;
    private final List<String> args;

    public ImportFileException(ImportProblem problem, String... args) {
        super("file", problem.message((Object[]) args));
        this.problem = problem;
        this.args = List.of(args);
    }

    public ImportProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }
}
