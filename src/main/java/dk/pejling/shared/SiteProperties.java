package dk.pejling.shared;

/**
 * How a deployment names itself: the name in the header, page titles of the public portal and the
 * open-data catalogue, and an optional logo (a URL or a path on this site). Bound from
 * {@code PEJLING_SITE_NAME} and {@code PEJLING_LOGO}. A bean named {@code site}, so templates read it as
 * {@code ${@site.name()}} on every page, error pages included (which get no controller model).
 *
 * @param name the site's name; "Pejling" when not set
 * @param logo the logo's address, or null for the built-in mark
 */
public record SiteProperties(String name, String logo) {

    public SiteProperties {
        name = name == null || name.isBlank() ? "Pejling" : name.strip();
        logo = logo == null || logo.isBlank() ? null : logo.strip();
    }

    /** The bean every template reads; error pages have no model of their own. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class SiteBean {
        @org.springframework.context.annotation.Bean("site")
        SiteProperties site(org.springframework.core.env.Environment environment) {
            return new SiteProperties(environment.getProperty("pejling.site.name"), environment.getProperty("pejling.site.logo"));
        }
    }
}
