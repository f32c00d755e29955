package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The archive page's model: the backup status for administrators, the same refusal as before for anyone else. */
@IntegrationTest
class ArchiveReadModelsTest {

    @Autowired
    ArchiveReadModels readModels;
    @Autowired
    BackupStatus backups;
    @Autowired
    TestUsers users;

    @Test
    void anAdministratorGetsTheBackupStatus() {
        Viewer admin = users.viewerOf(users.create(Role.ADMIN).principal());
        assertThat(readModels.adminPage(admin)).isEqualTo(backups.status());
    }

    @Test
    void nobodyElseGetsIt() {
        for (Role role : new Role[] {Role.EDITOR, Role.READER}) {
            Viewer viewer = users.viewerOf(users.create(role).principal());
            assertThatThrownBy(() -> readModels.adminPage(viewer)).as(role.name()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> readModels.adminPage(Viewer.anonymous()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
