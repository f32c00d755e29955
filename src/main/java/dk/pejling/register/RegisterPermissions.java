package dk.pejling.register;

import dk.pejling.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may import and export the registers (strategies, goals, initiatives as spreadsheets), decided here
 * once: the import refuses with it and the pages ask it. The gate is wide on purpose: each row is then
 * checked by the module that creates or changes it, with that module's own permissions component.
 */
@Component
public class RegisterPermissions {

    /** Anyone who holds an editing role: administrators, editors and coordinators. */
    public boolean mayImport(Viewer viewer) {
        return viewer.holdsEditingRole();
    }

    public void requireImport(Viewer viewer) {
        Viewer.require(mayImport(viewer));
    }
}
