package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.indicator.file.MeasurementImport;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import page's one call: the largest file for who may import measurements, the same refusal as before for anyone else. */
@IntegrationTest
class MeasurementImportUploadLimitTest {

    @Autowired
    MeasurementImport imports;
    @Autowired
    TestUsers users;

    @Test
    void whoMayImportLearnsTheLargestFile() {
        for (Role role : new Role[] {Role.EDITOR, Role.ADMIN}) {
            Viewer viewer = users.viewerOf(users.create(role).principal());
            assertThat(imports.uploadLimit(viewer)).as(role.name()).isEqualTo(imports.maxBytes()).isPositive();
        }
    }

    @Test
    void aReaderAndTheAnonymousAreRefused() {
        Viewer reader = users.viewerOf(users.create(Role.READER).principal());
        assertThatThrownBy(() -> imports.uploadLimit(reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> imports.uploadLimit(Viewer.anonymous())).isInstanceOf(ForbiddenException.class);
    }
}
