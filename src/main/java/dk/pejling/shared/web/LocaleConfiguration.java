package dk.pejling.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish first; {@code ?lang=en} switches to English and a cookie remembers the choice. Only the
 * languages with a message bundle are accepted: any other (from the parameter or a cookie) would
 * render every text as a missing message key.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final Set<String> LANGUAGES = Set.of("da", "en");

    /** The locale if its language has messages, else null. */
    static Locale supported(Locale locale) {
        return locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale : null;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("pejling-lang") {
            @Override
            protected Locale parseLocaleValue(String value) {
                return supported(super.parseLocaleValue(value)); // null: the default, Danish
            }
        };
        resolver.setDefaultLocale(DANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(false); // a garbled cookie means Danish, not an error page
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale locale = supported(super.parseLocaleValue(value));
                if (locale == null) {
                    throw new IllegalArgumentException("unsupported language '" + value + "'"); // ignored below
                }
                return locale;
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
