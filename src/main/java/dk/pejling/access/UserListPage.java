package dk.pejling.access;

import dk.pejling.organisation.Organisation;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the users page shows administrators, read in one call ({@link AccessReadModels#users}).
 *
 * @param coordinated       how many strategies each user coordinates, by user id (coordinating is a grant per
 *                          strategy, not a role)
 * @param organisationNames every organisation's name, by id
 * @param roles             the roles the new-account form offers
 */
public record UserListPage(List<UserAdministration.Account> users, Map<UUID, Integer> coordinated,
                           List<Organisation> organisations, Map<UUID, String> organisationNames, List<Role> roles) {

    public UserListPage {
        users = List.copyOf(users);
        coordinated = Map.copyOf(coordinated);
        organisations = List.copyOf(organisations);
        organisationNames = Map.copyOf(organisationNames);
        roles = List.copyOf(roles);
    }
}
