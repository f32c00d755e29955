package dk.pejling.shared;

import java.util.UUID;

/**
 * Whether a user account exists, for modules that refer to users by id (an initiative's lead person)
 * and must answer an unknown id with a field error before the database's foreign key refuses it.
 * The access module, which owns the accounts, implements it.
 */
public interface UserDirectory {

    boolean exists(UUID userId);
}
