package dk.pejling.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a person calls an audited record, read from the snapshot the log keeps of it. */
public final class AuditLabel {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String[] FIELDS = {"title", "name", "displayName", "username", "label", "number"};

    private AuditLabel() {
    }

    /**
     * The title, name, user name or number in the snapshot after the change (or before it, for a
     * deletion), or null when the snapshot names nothing, so the log says which strategy, not only its id.
     */
    public static String of(String after, String before) {
        for (String json : new String[] {after, before}) {
            if (json == null || json.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(json);
            } catch (RuntimeException notJson) {
                continue;
            }
            for (String field : FIELDS) {
                JsonNode value = node.get(field);
                if (value != null && value.isString() && !value.asString().isBlank()) {
                    return value.asString();
                }
            }
        }
        return null;
    }
}
