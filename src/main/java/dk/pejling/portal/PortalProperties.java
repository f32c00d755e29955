package dk.pejling.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a deployment sets for its public portal (environment variables in the README).
 *
 * @param licenceName    the open-data licence's name
 * @param licenceUrl     the licence's address, written into the DCAT catalogue
 * @param frameAncestors who may embed the cards: a CSP {@code frame-ancestors} source list
 * @param contactEmail   the public contact address shown on the contact page
 * @param publisher      the publishing authority's name in the catalogue; the site name when empty
 * @param minSampleSize  a survey value with fewer answers than this is not published (0: none hidden)
 * @param statementUrl   the accessibility statement in WAS-Tool, when the operator has made one
 */
@ConfigurationProperties("pejling.portal")
public record PortalProperties(String licenceName, String licenceUrl, String frameAncestors, String contactEmail,
                               String publisher, Integer minSampleSize, String statementUrl) {

    public static final String DEFAULT_LICENCE = "Vilkår for brug af danske offentlige data";
    public static final String DEFAULT_LICENCE_URL = "https://digst.dk/data/vilkaar-for-brug-af-danske-offentlige-data/";

    public PortalProperties {
        licenceName = blank(licenceName) ? DEFAULT_LICENCE : licenceName.strip();
        licenceUrl = blank(licenceUrl) ? DEFAULT_LICENCE_URL : licenceUrl.strip();
        frameAncestors = blank(frameAncestors) ? "'self'" : frameAncestors.strip();
        if (!frameAncestors.matches("[A-Za-z0-9 .:/*'_-]+")) {
            throw new IllegalArgumentException("pejling.portal.frame-ancestors must be a CSP source list, e.g. 'self' https://www.aalborg.dk");
        }
        contactEmail = blank(contactEmail) ? null : contactEmail.strip();
        publisher = blank(publisher) ? null : publisher.strip();
        minSampleSize = minSampleSize == null || minSampleSize < 0 ? 0 : minSampleSize;
        statementUrl = blank(statementUrl) ? null : statementUrl.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
