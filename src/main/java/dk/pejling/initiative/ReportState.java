package dk.pejling.initiative;

/** Where one initiative's report stands with the coordinator. */
public enum ReportState { SUBMITTED, RETURNED, APPROVED }
