package dk.pejling.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads local accounts for form login; failed logins never lock one (see LoginThrottle). */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        User user = accounts.findUser(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new Account(PejlingPrincipal.of(user), user.passwordHash(), user.enabled(), true);
    }

    /** Spring Security's view of an account, carrying our principal. */
    record Account(PejlingPrincipal principal, String password, boolean enabled, boolean accountNonLocked)
            implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return authorities(principal);
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String getUsername() {
            return principal.username();
        }

        @Override
        public boolean isAccountNonLocked() {
            return accountNonLocked;
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }
    }

    static List<SimpleGrantedAuthority> authorities(PejlingPrincipal principal) {
        return principal.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
