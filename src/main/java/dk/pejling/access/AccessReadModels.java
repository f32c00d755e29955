package dk.pejling.access;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user administration pages' models, each read in one call and one read-only transaction. Only
 * administrators get one ({@link UserAdministration} refuses everyone else before anything is read).
 */
@Service
@Transactional(readOnly = true)
public class AccessReadModels {

    private final UserAdministration users;
    private final OrganisationService organisations;

    AccessReadModels(UserAdministration users, OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** Every account with its coordinator grants, and the choices of the form that creates one. */
    public UserListPage users(Viewer viewer) {
        List<UserAdministration.Account> accounts = users.list(viewer);
        List<Organisation> all = organisations.all();
        return new UserListPage(accounts, users.coordinatedStrategies(viewer), all,
                all.stream().collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a)),
                List.of(Role.values()));
    }

    /** One account and the choices of the form that edits it. */
    public UserEditPage userEdit(UUID id, Viewer viewer) {
        UserAdministration.Account account = users.get(id, viewer);
        return new UserEditPage(account, organisations.all(), List.of(Role.values()));
    }
}
