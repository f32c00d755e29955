package dk.pejling.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.pejling.shared.AuditAction;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes records as the JSON of an audit entry's before and after values. Aggregates are written
 * by their fields, as Spring Data JDBC stores them (most have accessors like {@code id()} that
 * Jackson would not see), and every value whose name says it is a secret (password hashes,
 * token hashes, secrets) is removed at any depth before anything is stored.
 */
final class AuditJson {

    private static final Logger log = LoggerFactory.getLogger(AuditJson.class);
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|hash|salt|credential).*");
    /** Fields whose change is a change of status; "state" moving to APPROVED is an approval. */
    private static final Set<String> STATUS_FIELDS = Set.of("status", "state", "statusCode");
    private static final String APPROVED = "APPROVED";
    /** Bookkeeping that changes with every save and says nothing on its own. */
    private static final Set<String> NOT_A_CHANGE = Set.of("version");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE)
                    .withIsGetterVisibility(Visibility.NONE)
                    .withSetterVisibility(Visibility.NONE)
                    .withCreatorVisibility(Visibility.NONE))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private AuditJson() {
    }

    /** The value as a JSON tree without secrets; null stays null. */
    static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = value instanceof JsonNode n ? n.deepCopy() : MAPPER.valueToTree(value);
            strip(node);
            return node;
        } catch (RuntimeException e) {
            // Never fail the user's change because its values cannot be written: record that instead.
            log.warn("Cannot write a {} as audit JSON: {}", value.getClass().getName(), e.toString());
            return JsonNodeFactory.instance.objectNode().put("unwritable", value.getClass().getSimpleName());
        }
    }

    static String text(JsonNode node) {
        return node == null ? null : MAPPER.writeValueAsString(node);
    }

    static JsonNode parse(String json) {
        return json == null ? null : MAPPER.readTree(json);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECRET.matcher(field.getKey()).matches()) {
                    fields.remove();
                } else {
                    strip(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AuditJson::strip);
        }
    }

    /** Whether anything but bookkeeping differs between the two states. */
    static boolean changed(JsonNode before, JsonNode after) {
        return !withoutBookkeeping(before).equals(withoutBookkeeping(after));
    }

    private static JsonNode withoutBookkeeping(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            NOT_A_CHANGE.forEach(copy::remove);
            return copy;
        }
        return node;
    }

    /**
     * The action a change of a stored record is: a creation, an approval (a state field moving to
     * APPROVED), a status change (a status or state field changing), or an update.
     */
    static AuditAction actionOf(JsonNode before, JsonNode after) {
        if (before == null) {
            return AuditAction.CREATE;
        }
        boolean statusChanged = false;
        for (String field : STATUS_FIELDS) {
            JsonNode was = before.get(field);
            JsonNode is = after == null ? null : after.get(field);
            if (is != null && !is.equals(was)) {
                if (is.isString() && APPROVED.equals(is.asString()) && !"statusCode".equals(field)) {
                    return AuditAction.APPROVAL;
                }
                statusChanged = true;
            }
        }
        return statusChanged ? AuditAction.STATUS_CHANGE : AuditAction.UPDATE;
    }
}
