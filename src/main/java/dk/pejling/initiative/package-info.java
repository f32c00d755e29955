/**
 * Initiatives (indsatser, handlinger, aktiviteter, tiltag) and the reporting rounds that ask their
 * owners for a status twice a year: tasks, reminders, approval with locking, and full history.
 */
package dk.pejling.initiative;
