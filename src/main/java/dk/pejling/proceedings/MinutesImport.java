package dk.pejling.proceedings;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A minutes document read for review: nothing of it becomes a proceeding until it is confirmed. */
public class MinutesImport {

    public enum State { READING, READY, FAILED, CONFIRMED }

    @Id
    private final UUID id;
    private final String createdBy;
    private final String fileName;
    private State state;
    private String preview;
    private String error;
    private UUID meetingId;
    /** The instance reading the document (its {@code PEJLING_INSTANCE_ID}); null for drafts read synchronously. */
    private final String readBy;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    MinutesImport(UUID id, String createdBy, String fileName, State state, String preview, String error, UUID meetingId,
                  String readBy, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.createdBy = createdBy;
        this.fileName = fileName;
        this.state = state;
        this.preview = preview;
        this.error = error;
        this.meetingId = meetingId;
        this.readBy = readBy;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static MinutesImport start(String createdBy, String fileName, String readBy, Instant now) {
        return new MinutesImport(UUID.randomUUID(), createdBy, fileName, State.READING, null, null, null, readBy, null,
                now, now);
    }

    void ready(String previewJson, Instant now) {
        state = State.READY;
        preview = previewJson;
        updatedAt = now;
    }

    /**
     * Refuses a draft that is not ready for review: still being read, failed, or confirmed already (a
     * confirmed draft is a meeting now, and confirming it again would record the meeting twice).
     */
    void requireReady() {
        if (state != State.READY) {
            throw new InvalidInputException("id", "the import is not ready to be confirmed");
        }
    }

    /** A correction made in the preview, while the draft is ready for review. */
    void revise(String previewJson, Instant now) {
        requireReady();
        preview = previewJson;
        updatedAt = now;
    }

    void failed(String message, Instant now) {
        state = State.FAILED;
        error = message;
        updatedAt = now;
    }

    /** The draft became this meeting; from now on it is kept only to say so. */
    void confirmed(UUID meeting, Instant now) {
        requireReady();
        state = State.CONFIRMED;
        meetingId = meeting;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public String createdBy() { return createdBy; }
    public String fileName() { return fileName; }
    public State state() { return state; }
    public String preview() { return preview; }
    public String error() { return error; }
    public UUID meetingId() { return meetingId; }
    public String readBy() { return readBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version == null ? 0 : version; }
}
