/**
 * Indicators' files: the measurement import ({@link dk.pejling.indicator.file.MeasurementImport} reads a
 * CSV or XLSX file with the shared table machinery, {@link dk.pejling.indicator.file.RowReader} turns
 * each row into an {@link dk.pejling.indicator.file.ImportRow}, {@link dk.pejling.indicator.file.ImportPlanner}
 * plans the changes for the dry run and applies them all or none), the measurement export and template
 * ({@link dk.pejling.indicator.file.MeasurementExport}), their columns and problems, and the indicator
 * part of the register import ({@link dk.pejling.indicator.file.IndicatorRegisterImporter}).
 *
 * <p>It lives apart from the module's API because only this module's pages and REST API use it; a value
 * read from a file is saved through the same {@code MeasurementService} and {@code Measurement} rules as
 * one typed in, which is why those few methods of the base package are public.
 */
package dk.pejling.indicator.file;
