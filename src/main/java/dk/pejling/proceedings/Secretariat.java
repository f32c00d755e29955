package dk.pejling.proceedings;

import dk.pejling.access.UserAdministration;
import dk.pejling.proceedings.store.CommitteeRepository;
import dk.pejling.proceedings.store.SecretaryGrants;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's secretariat: the users who read and change its closed agenda items. Who they are decides
 * every viewer's {@link ClosedAccess}; administrators appoint and dismiss them. The rules are in docs/permissions.md.
 */
@Service
@Transactional(readOnly = true)
public class Secretariat {

    private final SecretaryGrants grants;
    private final CommitteeRepository committees;
    private final UserAdministration users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProceedingsPermissions permissions;

    Secretariat(SecretaryGrants grants, CommitteeRepository committees, UserAdministration users,
                ApplicationEventPublisher events, Clock clock, ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.grants = grants;
        this.committees = committees;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whose closed items the viewer reads: administrators every committee's, a secretary their own
     * committees', everyone else (the public, other signed-in users) none.
     */
    public ClosedAccess closedAccess(Viewer viewer) {
        if (viewer.isAdmin()) {
            return ClosedAccess.ALL;
        }
        if (viewer.isAnonymous()) {
            return ClosedAccess.NONE;
        }
        Set<UUID> own = grants.committeesOf(viewer.userId());
        return own.isEmpty() ? ClosedAccess.NONE : new ClosedAccess(false, own);
    }

    /** Whether the viewer is the committee's secretariat (or an administrator). */
    public boolean isSecretariat(UUID committeeId, Viewer viewer) {
        return viewer.isAdmin() || (!viewer.isAnonymous() && grants.holds(committeeId, viewer.userId()));
    }

    /** The users who form the committee's secretariat (administrators). */
    public List<UUID> secretaries(UUID committeeId, Viewer viewer) {
        permissions.requireManageSecretariats(viewer);
        return grants.secretariesOf(committee(committeeId).id());
    }

    /** Makes the user part of the committee's secretariat (administrators); nothing happens if they are already. */
    @Transactional
    public void appointSecretary(UUID committeeId, UUID userId, Viewer viewer) {
        permissions.requireManageSecretariats(viewer);
        if (userId == null) {
            throw new InvalidInputException("userId", "must be given");
        }
        Committee committee = committee(committeeId);
        try {
            users.get(userId, viewer);
        } catch (NotFoundException e) {
            throw new InvalidInputException("userId", "no such user");
        }
        if (grants.grant(committee.id(), userId, viewer.name(), clock.instant())) {
            events.publishEvent(AuditEvent.change(AuditAction.CREATE, "proceedings_secretary", committee.id(), null,
                    Map.of("committee", committee.id(), "user", userId)));
        }
    }

    /** Ends the user's part in the committee's secretariat (administrators); nothing happens if they had none. */
    @Transactional
    public void dismissSecretary(UUID committeeId, UUID userId, Viewer viewer) {
        permissions.requireManageSecretariats(viewer);
        Committee committee = committee(committeeId);
        if (grants.revoke(committee.id(), userId)) {
            events.publishEvent(AuditEvent.change(AuditAction.DELETE, "proceedings_secretary", committee.id(),
                    Map.of("committee", committee.id(), "user", userId), null));
        }
    }

    private Committee committee(UUID id) {
        return committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
    }
}
