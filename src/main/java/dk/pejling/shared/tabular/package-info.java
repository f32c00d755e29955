/**
 * Reading a table from an uploaded CSV file or Excel workbook into a header row and rows of text
 * cells, with the row numbers a spreadsheet shows, so any module can build an import with a dry run
 * and row errors on top of it. The measurement import of the indicator module has its own, older
 * readers with typed cells (numbers, dates, Excel errors); moving them onto this piece is left for
 * a later change, because another branch changes them at the same time.
 */
package dk.pejling.shared.tabular;
