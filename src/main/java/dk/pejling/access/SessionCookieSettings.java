package dk.pejling.access;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Marks the session cookie Secure when Pejling is served over HTTPS. {@code PEJLING_SECURE_COOKIES}
 * decides when set; otherwise the public address does: an {@code https://} {@code PEJLING_BASE_URL}
 * means Secure. So a deployment behind HTTPS is safe without a second setting, while the embedded
 * demo on http://localhost keeps working in browsers and HTTP clients that drop Secure cookies
 * over plain HTTP. HttpOnly and SameSite=Lax are set in application.yaml for every deployment.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieSettings {

    @Bean
    ServletContextInitializer secureSessionCookie(Environment environment) {
        boolean secure = secure(environment.getProperty("pejling.secure-cookies"), environment.getProperty("pejling.base-url"));
        return servletContext -> servletContext.getSessionCookieConfig().setSecure(secure);
    }

    static boolean secure(String explicit, String baseUrl) {
        if (StringUtils.hasText(explicit)) {
            return Boolean.parseBoolean(explicit.strip());
        }
        return baseUrl != null && baseUrl.strip().regionMatches(true, 0, "https://", 0, "https://".length());
    }
}
