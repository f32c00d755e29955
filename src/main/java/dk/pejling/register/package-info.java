/**
 * Bulk import and export of the register — strategies, goal trees, indicators and initiatives — as
 * CSV and XLSX, with a template per kind, a dry run, row errors and all-or-nothing, on the one import
 * machinery of {@code dk.pejling.shared.tabular}. This module writes no table: each owning module
 * offers a {@link dk.pejling.register.RegisterImporter} that creates its records through its own
 * services (and so under its own permission rules), and this module runs them in one transaction,
 * rolled back after a dry run or when any row has an error.
 */
package dk.pejling.register;
