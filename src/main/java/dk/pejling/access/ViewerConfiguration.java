package dk.pejling.access;

import dk.pejling.shared.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every controller method take a {@link Viewer} parameter: the signed-in user with the grants
 * they hold now, or the public. Built once per request and kept in a request attribute.
 */
@Configuration(proxyBeanMethods = false)
class ViewerConfiguration implements WebMvcConfigurer {

    private static final String ATTRIBUTE = Viewer.class.getName();

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    private final ViewerScopes scopes;

    ViewerConfiguration(ViewerScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Viewer.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
                if (http != null && http.getAttribute(ATTRIBUTE) instanceof Viewer cached) {
                    return cached;
                }
                Viewer viewer = currentViewer();
                if (http != null) {
                    http.setAttribute(ATTRIBUTE, viewer);
                }
                return viewer;
            }
        });
    }

    Viewer currentViewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Viewer.anonymous();
        }
        Object principal = auth.getPrincipal();
        if (principal instanceof PejlingPrincipal p) {
            return scopes.viewerOf(p);
        }
        if (principal instanceof AccountDetailsService.Account account) {
            return scopes.viewerOf(account.principal());
        }
        return Viewer.anonymous();
    }
}
