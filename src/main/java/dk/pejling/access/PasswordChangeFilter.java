package dk.pejling.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who signed in with a password an administrator set on the change-password page
 * until they have chosen their own: every other page redirects there, only sign-out and the
 * page's own styles and scripts stay reachable.
 */
public final class PasswordChangeFilter extends OncePerRequestFilter {

    public static final String MUST_CHANGE = "pejling.mustChangePassword";
    static final String PAGE = "/adgangskode";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/css/", "/js/", "/vendor/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MUST_CHANGE) != null && !open(request)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(p -> path.equals(p) || (p.endsWith("/") && path.startsWith(p)));
    }

    /** Called once the user chose their own password. */
    public static void changed(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_CHANGE);
        }
    }
}
