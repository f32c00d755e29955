package dk.pejling.access;

import dk.pejling.shared.LocalSecret;
import dk.pejling.shared.PejlingProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * "This browser has signed in to this account before": a cookie set at every successful form login,
 * naming the account and signed with a key only the server holds, so {@link LoginThrottle} can let
 * the holder of the password in while the account is being guessed at from elsewhere. It proves
 * nothing more than an earlier login from the browser; the password is still checked.
 *
 * <p>The key is kept in {@code <data dir>/device-cookie.key} (made at the first start, readable by
 * the owner only) so known devices stay known across restarts; when the file cannot be written a key
 * lives in memory and a restart merely makes every browser unknown again.
 */
@Component
public class DeviceCookies {

    static final String NAME = "pejling-device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final Logger log = LoggerFactory.getLogger(DeviceCookies.class);

    private final byte[] key;
    private final Clock clock;
    private final boolean secure;

    @Autowired
    DeviceCookies(PejlingProperties properties, Clock clock, Environment environment) {
        this(key(properties.dataDir().resolve("device-cookie.key")), clock,
                SessionCookieSettings.secure(environment.getProperty("pejling.secure-cookies"),
                        environment.getProperty("pejling.base-url")));
    }

    DeviceCookies(byte[] key, Clock clock, boolean secure) {
        this.key = key.clone();
        this.clock = clock;
        this.secure = secure;
    }

    /** Whether the request carries a valid, unexpired cookie of this account. */
    public boolean known(HttpServletRequest request, String username) {
        if (request.getCookies() == null || username == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName()) && valid(cookie.getValue(), username)) {
                return true;
            }
        }
        return false;
    }

    /** Marks the browser as one the account signed in from. */
    public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        Cookie cookie = new Cookie(NAME, value(username, clock.instant().plus(LIFETIME)));
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath(request.getContextPath() + "/login"); // sent with the login form only
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    String value(String username, Instant expires) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (normalise(username) + "\n" + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign(payload);
    }

    boolean valid(String value, String username) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String payload = value.substring(0, dot);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\n");
            return parts.length == 2 && parts[0].equals(normalise(username))
                    && Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(clock.instant());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] key(Path file) {
        return LocalSecret.load(file).orElseGet(() -> {
            log.warn("Cannot keep the device-cookie key in {}; browsers become unknown at the next restart", file);
            return LocalSecret.random();
        });
    }
}
