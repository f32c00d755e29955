/**
 * The results framework: indicators with baselines, targets per period and measurements, and the
 * attainment verdict computed from them for every target, goal and main goal, with a sentence in
 * Danish and English that explains it from the numbers.
 *
 * <p>This base package is the module's API: the aggregates and their values, the services of its use
 * cases, the permissions, and the verdicts and their words that the report, portal, initiative and
 * safety-index modules read. How a verdict is computed lives in {@code attainment}, the measurement and
 * register files in {@code file}; {@code store}, {@code api} and {@code web} are, as in every module,
 * its SQL, REST API and pages.
 */
package dk.pejling.indicator;
