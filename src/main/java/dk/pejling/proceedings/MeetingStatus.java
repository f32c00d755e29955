package dk.pejling.proceedings;

/** Planned, agenda published, minutes published. */
public enum MeetingStatus {
    PLANNED, AGENDA_PUBLISHED, MINUTES_PUBLISHED
}
