/**
 * Reports generated from the data as of a date: the status report of a reporting round and the
 * annual report of a strategy, each built once as a document model and rendered as HTML, tagged
 * PDF, DOCX and XLSX. Nothing depends on this module.
 */
package dk.pejling.report;
