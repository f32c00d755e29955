package dk.pejling.initiative;

/** An open round takes reports; an approved round is locked and changes only by correction. */
public enum RoundState { OPEN, APPROVED }
