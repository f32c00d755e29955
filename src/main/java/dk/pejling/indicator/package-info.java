/**
 * The results framework: indicators with baselines, targets per period and measurements, and the
 * attainment verdict computed from them for every target, goal and main goal, with a sentence in
 * Danish and English that explains it from the numbers.
 */
package dk.pejling.indicator;
