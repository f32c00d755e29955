package dk.pejling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.access.Role;
import dk.pejling.indicator.file.MeasurementImport;
import dk.pejling.register.RegisterImports;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.Viewer;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import pages' one call (measurements and the register): the largest file for who may import, the same
 * refusal as before the read models for anyone else.
 */
@IntegrationTest
class ImportUploadLimitsTest {

    @Autowired
    MeasurementImport measurements;
    @Autowired
    RegisterImports register;
    @Autowired
    TestUsers users;

    private record Limit(Function<Viewer, Long> forViewer, LongSupplier configured) {
    }

    private Map<String, Limit> limits() {
        return Map.of(
                "measurements", new Limit(measurements::uploadLimit, measurements::maxBytes),
                "register", new Limit(register::uploadLimit, register::maxBytes));
    }

    @Test
    void whoMayImportLearnsTheLargestFile() {
        for (Role role : new Role[] {Role.EDITOR, Role.ADMIN}) {
            Viewer viewer = users.viewerOf(users.create(role).principal());
            limits().forEach((name, limit) -> assertThat(limit.forViewer().apply(viewer)).as(name + " " + role)
                    .isEqualTo(limit.configured().getAsLong()).isPositive());
        }
    }

    @Test
    void aReaderAndTheAnonymousAreRefused() {
        Viewer reader = users.viewerOf(users.create(Role.READER).principal());
        limits().forEach((name, limit) -> {
            assertThatThrownBy(() -> limit.forViewer().apply(reader)).as(name).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> limit.forViewer().apply(Viewer.anonymous())).as(name)
                    .isInstanceOf(ForbiddenException.class);
        });
    }
}
