/**
 * The attainment calculator: how a verdict is reached from the numbers. {@link
 * dk.pejling.indicator.attainment.TargetEvaluator} judges one target from an indicator's
 * {@link dk.pejling.indicator.attainment.IndicatorFacts} and {@link dk.pejling.indicator.attainment.MeasuredValue}s
 * (a value with a 95 % interval through {@link dk.pejling.indicator.attainment.IntervalVerdict}),
 * {@link dk.pejling.indicator.attainment.Rollup} combines verdicts by a roll-up method, and
 * {@link dk.pejling.indicator.attainment.GoalRollup} rolls them up a goal tree from the
 * {@link dk.pejling.indicator.attainment.IndicatorSnapshot}s the store reads in bulk.
 *
 * <p>It lives apart from the module's API because no other module needs the machinery, only its
 * answers: those ({@code GoalAttainment}, {@code IndicatorVerdict}, {@code TargetResult},
 * {@code Explanation} and the words of {@code ExplanationText}) and the service that computes them for a
 * strategy ({@code AttainmentService}) stay in the base package, where other modules may use them. The
 * rules are pure Java without Spring or the database, so they can be tested, and read, on their own.
 */
package dk.pejling.indicator.attainment;
