package dk.pejling.archive;

import dk.pejling.shared.Viewer;
import org.springframework.stereotype.Service;

/**
 * The archive page's model in one call: only administrators get one ({@link ArchiveService#requireAdmin}
 * refuses everyone else before anything is read). No transaction: the backup status is read from the
 * backup directory, not the database.
 */
@Service
public class ArchiveReadModels {

    private final BackupStatus backups;

    ArchiveReadModels(BackupStatus backups) {
        this.backups = backups;
    }

    /** The last backup and the last restore drill, as the administrators' archive page shows them. */
    public BackupStatus.Status adminPage(Viewer viewer) {
        ArchiveService.requireAdmin(viewer);
        return backups.status();
    }
}
