package dk.pejling.safetyindex;

import java.time.LocalDate;

/** The details of a survey wave sent beside its answer file. */
public record WaveDetails(String name, String provider, String period, LocalDate fieldworkFrom, LocalDate fieldworkTo,
                          Integer invited, Integer answered, String methodNote, boolean synthetic, String source) {
}
