package dk.pejling.access;

import dk.pejling.organisation.Organisation;
import java.util.List;

/**
 * One account with the choices of the form that edits it, read in one call ({@link AccessReadModels#userEdit}).
 *
 * @param roles the roles the form offers
 */
public record UserEditPage(UserAdministration.Account account, List<Organisation> organisations, List<Role> roles) {

    public UserEditPage {
        organisations = List.copyOf(organisations);
        roles = List.copyOf(roles);
    }
}
