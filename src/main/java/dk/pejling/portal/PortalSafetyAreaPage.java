package dk.pejling.portal;

import java.util.function.Function;

/**
 * One area's safety index over time on the portal, read in one call ({@link PortalReadModels#safetyArea}).
 *
 * @param kindLabel the area's kind in the visitor's language
 * @param why       a hidden value's stored reason in words in the visitor's language
 */
public record PortalSafetyAreaPage(PublicSafetyIndex.AreaPage area, String kindLabel, Function<String, String> why) {
}
