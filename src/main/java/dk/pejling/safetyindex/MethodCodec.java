package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a method document from YAML or JSON (YAML reads both) and writes its canonical form: JSON
 * with every default spelled out and the properties in alphabetical order, so two documents that
 * mean the same method have the same SHA-256 however they were typed.
 */
public final class MethodCodec {

    /** A document longer than this is not a method but a mistake. */
    public static final int MAX_CHARS = 200_000;

    private static final ObjectMapper READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private MethodCodec() {
    }

    /** The document, checked by {@link MethodRules}; every broken rule is a field error. */
    public static MethodDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("document", "must be a YAML or JSON method document");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException("document", "is longer than " + MAX_CHARS + " characters");
        }
        MethodDocument document;
        try {
            document = READER.readValue(text, MethodDocument.class);
        } catch (JacksonException e) {
            throw new InvalidInputException("document", "cannot be read: " + e.getOriginalMessage());
        }
        if (document == null) {
            throw new InvalidInputException("document", "must be a YAML or JSON method document");
        }
        Map<String, String> errors = MethodRules.check(document);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return document;
    }

    public static String canonical(MethodDocument document) {
        return CANONICAL.writeValueAsString(document);
    }

    public static String sha256(MethodDocument document) {
        return Digests.sha256(canonical(document).getBytes(StandardCharsets.UTF_8));
    }
}
