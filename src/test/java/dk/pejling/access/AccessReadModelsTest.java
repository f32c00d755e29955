package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.Viewer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user administration's read models: every account and its grants for administrators, nothing for anyone else. */
@IntegrationTest
class AccessReadModelsTest {

    @Autowired
    AccessReadModels readModels;
    @Autowired
    TestUsers users;

    @Test
    void anAdministratorsModelsHoldTheAccountsWithTheFormsChoices() {
        Viewer admin = users.viewerOf(users.create(Role.ADMIN).principal());
        TestUsers.TestUser someone = users.create(Role.EDITOR);
        UUID id = someone.principal().userId();

        UserListPage list = readModels.users(admin);
        assertThat(list.users()).extracting(UserAdministration.Account::id).contains(id);
        assertThat(list.roles()).containsExactly(Role.values());
        assertThat(list.organisationNames()).hasSameSizeAs(list.organisations());

        UserEditPage edit = readModels.userEdit(id, admin);
        assertThat(edit.account().username()).isEqualTo(someone.principal().username());
        assertThat(edit.organisations()).isNotEmpty();
    }

    @Test
    void nobodyButAnAdministratorGetsAModel() {
        UUID someone = users.create(Role.READER).principal().userId();
        for (Role role : new Role[] {Role.EDITOR, Role.READER}) {
            Viewer viewer = users.viewerOf(users.create(role).principal());
            assertThatThrownBy(() -> readModels.users(viewer)).as(role.name()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> readModels.userEdit(someone, viewer)).as(role.name()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> readModels.users(Viewer.anonymous())).isInstanceOf(ForbiddenException.class);
    }
}
