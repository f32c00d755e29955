package dk.pejling.proceedings;

import java.util.List;

/**
 * A case with its timetable and each committee's treatment of it the viewer may see, read in one call
 * ({@link ProceedingsReadModels#proceedingsCase}).
 */
public record CasePage(ProceedingsCase proceedingsCase, List<Treatment> treatments) {

    public CasePage {
        treatments = List.copyOf(treatments);
    }
}
