package dk.pejling.safetyindex;

import java.util.List;

/**
 * The values of a period were computed and published by a method version. Other modules (the
 * indicator module's goal tree) react to it; they read the values through {@link SafetyIndexService}.
 */
public record SafetyIndexPublished(String methodVersion, String period, List<String> areas) {

    public SafetyIndexPublished {
        areas = List.copyOf(areas);
    }
}
