package dk.pejling.initiative.api;

import dk.pejling.initiative.StatusCodesInUseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 for a status legend that would leave out codes in use, with the reports that use them. */
@RestControllerAdvice(assignableTypes = ReportingRoundController.class)
class StatusInUseHandler {

    @ExceptionHandler(StatusCodesInUseException.class)
    ProblemDetail inUse(StatusCodesInUseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Status reports use " + e.uses().stream().map(u -> u.code()).distinct().toList()
                        + "; keep these codes in the legend (their labels may change).");
        problem.setTitle("Status in use");
        List<Map<String, Object>> reports = e.uses().stream().map(u -> {
            Map<String, Object> use = new LinkedHashMap<>();
            use.put("code", u.code());
            use.put("reportId", u.reportId());
            use.put("roundId", u.roundId());
            use.put("initiativeId", u.initiativeId());
            return use;
        }).toList();
        problem.setProperty("inUse", reports);
        return problem;
    }
}
