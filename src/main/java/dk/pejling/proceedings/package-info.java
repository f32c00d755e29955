/**
 * Proceedings: bodies, committees with members and terms, meetings, agenda items and the cases
 * that travel through several committees, linked to the strategies, goals and initiatives they
 * decide. Published read-only as OParl 1.1 under {@code /oparl/v1}; minutes documents come in
 * through the importer, which shows what it read for review before anything is saved.
 * Closed agenda items ("Lukket") keep their content from anonymous viewers: see
 * {@link dk.pejling.proceedings.AgendaItem#visibleTo}.
 */
package dk.pejling.proceedings;
