package dk.pejling.initiative.web;

import dk.pejling.access.LandingPage;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.shared.Viewer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** After signing in, a user with open reporting tasks lands on "Mine opgaver". */
@Component
class TasksLanding implements LandingPage {

    private final ReportingRoundService rounds;

    TasksLanding(ReportingRoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public Optional<String> after(Viewer viewer) {
        return rounds.tasks(viewer).isEmpty() ? Optional.empty() : Optional.of("/mine-opgaver");
    }
}
