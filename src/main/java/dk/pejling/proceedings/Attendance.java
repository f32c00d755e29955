package dk.pejling.proceedings;

/** Present member, absent member ("Fraværende"), or another participant ("Udover udvalgets medlemmer deltog …"). */
public enum Attendance {
    PRESENT, ABSENT, OTHER
}
