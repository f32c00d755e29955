package dk.pejling.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the login form's POST: an attempt that must wait ({@link LoginThrottle}) is answered
 * with the login page's "try again in N seconds" without the password being checked, and a password
 * over bcrypt's 72 bytes is a plain failed login (no account can have one). The failure handler
 * counts every checked failure.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final Clock clock;

    LoginThrottleFilter(LoginThrottle throttle, DeviceCookies devices, Clock clock) {
        this.throttle = throttle;
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginThrottle.Attempt attempt = attempt(request, devices);
        Optional<Duration> wait = throttle.wait(attempt, clock.instant());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        if (PasswordPolicy.tooLong(request.getParameter("password"))) {
            throttle.failed(attempt, clock.instant());
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    static LoginThrottle.Attempt attempt(HttpServletRequest request, DeviceCookies devices) {
        String username = request.getParameter("username");
        return new LoginThrottle.Attempt(username, request.getRemoteAddr(), devices.known(request, username));
    }

    /** Counts the failure, then answers as before: back to the form with the general error. */
    static AuthenticationFailureHandler countingFailures(LoginThrottle throttle, DeviceCookies devices, Clock clock) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            throttle.failed(attempt(request, devices), clock.instant());
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }
}
