/**
 * The one import machinery of Pejling. {@link dk.pejling.shared.tabular.TableFileReader} reads an
 * uploaded CSV file (UTF-8 or Windows-1252, {@code ;} or {@code ,}, comment rows) or Excel workbook
 * (refusing zip bombs, old .xls and files over the size and row limits) into a
 * {@link dk.pejling.shared.tabular.RawSheet}; {@link dk.pejling.shared.tabular.ColumnMapping} maps its
 * header row to an import's {@link dk.pejling.shared.tabular.TableColumn}s;
 * {@link dk.pejling.shared.tabular.CellReader} reads numbers by the file's rule, dates and choices,
 * turning every bad cell into a {@link dk.pejling.shared.tabular.RowError} (row, column, why);
 * {@link dk.pejling.shared.tabular.TableFileWriter} writes exports and templates that read back
 * unchanged. The measurement import, the register import and the safety index import are built on
 * it; each adds its own rules as a {@link dk.pejling.shared.tabular.Problem}, and its own dry run and
 * all-or-nothing confirmation in one transaction.
 */
package dk.pejling.shared.tabular;
