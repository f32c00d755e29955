/**
 * The safety index (tryghedsindeks): a composite index per area and period from survey answers and
 * registered crime, computed by a method version that is data (a YAML or JSON document), with
 * intervals, suppression of unreliable cells, a seeded Monte Carlo and replay.
 *
 * <p>The computation ({@link dk.pejling.safetyindex.IndexCalculator} and what it uses) is plain Java
 * without Spring, so a published value can be recomputed by anyone from the stored inputs and the
 * method document: the SHA-256 of both is stored with every value.
 */
package dk.pejling.safetyindex;
