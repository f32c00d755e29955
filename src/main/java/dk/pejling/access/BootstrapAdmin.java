package dk.pejling.access;

import dk.pejling.shared.PejlingProperties;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.pejling.shared.BeforeServing;
import org.springframework.stereotype.Component;

/**
 * On a database without users, creates the first administrator from
 * {@code PEJLING_BOOTSTRAP_ADMIN_PASSWORD} and, when {@code PEJLING_BOOTSTRAP_ADMIN_TOKEN} is set,
 * an API token with that secret for automation. Does nothing once any user exists.
 */
@Component
class BootstrapAdmin extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private final Accounts accounts;
    private final AccessTokens accessTokens;
    private final PejlingProperties.BootstrapAdmin settings;

    BootstrapAdmin(Accounts accounts, AccessTokens accessTokens, PejlingProperties properties) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.settings = properties.bootstrapAdmin();
    }

    /** Before the demo data, which creates users of its own. */
    @Override
    protected int order() {
        return 5;
    }

    @Override
    protected void runBeforeServing() {
        boolean hasPassword = settings.password() != null && !settings.password().isBlank();
        boolean hasToken = settings.token() != null && !settings.token().isBlank();
        if ((!hasPassword && !hasToken) || accounts.hasUsers()) {
            return;
        }
        String password = hasPassword ? settings.password() : AccessToken.newSecret();
        PejlingPrincipal admin = accounts.createUser(settings.username(), "Administrator", null, password,
                EnumSet.of(Role.ADMIN));
        if (hasToken) {
            accessTokens.storeGivenToken(admin.userId(), "bootstrap", settings.token());
        }
        log.info("Created the first administrator '{}'{}", settings.username(), hasToken ? " with an API token" : "");
    }
}
