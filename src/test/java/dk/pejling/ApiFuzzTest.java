package dk.pejling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The probe that found the 5xx answers to bad input, kept so it finds the next one: for every POST and
 * PUT operation of the OpenAPI document with a JSON body, a plausible body is built from its schema
 * (pointing at records this test creates, so the requests reach the services and not only a 404), then
 * each field in turn is given hostile values (null, empty, huge and control-character strings, 1e30,
 * overflowing and negative integers, impossible dates, wrong types, nested nulls, [null]), and the whole
 * body is replaced by a few hostile documents. Any 5xx fails the test. The hostile values per field are
 * drawn from a seeded random source, so a run is repeatable and bounded; the test prints how many
 * requests it sent and how long they took.
 */
@IntegrationTest
class ApiFuzzTest {

    private static final long SEED = 12L;
    /** Hostile values tried per field, besides null and a too-long text (always tried). */
    private static final int VALUES_PER_FIELD = 3;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private JsonNode schemas;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noHostileRequestBodyGetsA5xxAnswer() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        createRecords(admin);
        JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        schemas = api.path("components").path("schemas");
        Random random = new Random(SEED);
        long started = System.nanoTime();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (String method : List.of("post", "put")) {
                JsonNode operation = path.getValue().path(method);
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                if (operation.isMissingNode() || schema.isMissingNode()) {
                    continue;
                }
                operations++;
                fuzz(HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)), url(path.getKey()), schema, admin, random);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ApiFuzzTest: %d requests to %d operations in %.1f s (seed %d), %d answered 5xx%n",
                sent, operations, seconds, SEED, failures.size());
        assertThat(operations).as("operations with a JSON body in the OpenAPI document").isGreaterThan(15);
        failures.forEach(f -> System.out.println("ApiFuzzTest 5xx: " + f));
        assertThat(failures).as("requests answered with 5xx").isEmpty();
    }

    private void fuzz(HttpMethod method, String url, JsonNode schema, TestUser admin, Random random) throws Exception {
        JsonNode base = plausible(schema, "", 0);
        for (JsonNode whole : List.of(NODES.nullNode(), NODES.arrayNode().add(NODES.nullNode()), NODES.textNode("x"),
                NODES.objectNode(), NODES.numberNode(1e30))) {
            send(method, url, whole, admin);
        }
        send(method, url, base, admin);
        for (List<Object> field : leaves(base, new ArrayList<>(), new ArrayList<>())) {
            List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.textNode("x".repeat(5001))));
            List<JsonNode> pool = hostileValues();
            for (int i = 0; i < VALUES_PER_FIELD; i++) {
                values.add(pool.get(random.nextInt(pool.size())));
            }
            for (JsonNode value : values) {
                JsonNode body = base.deepCopy();
                String version = ids.get("version:" + url);
                if (version != null && body.path("version").isNumber()) {
                    ((ObjectNode) body).put("version", Long.parseLong(version));
                }
                set(body, field, value);
                send(method, url, body, admin);
            }
        }
    }

    private static List<JsonNode> hostileValues() {
        ObjectNode nested = NODES.objectNode();
        nested.putNull("value");
        return List.of(NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x".repeat(100_001)),
                NODES.textNode("\u0000\u202e💥\uD800"), NODES.textNode("x"), NODES.textNode("<script>alert(1)</script>"),
                NODES.numberNode(1e30), NODES.numberNode(-1e30), NODES.numberNode(-2147483649L),
                NODES.numberNode(2147483648L), NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(0.000000001),
                NODES.textNode("+999999999-12-31"), NODES.textNode("-999999999-01-01"), NODES.textNode("2026-02-30"),
                NODES.textNode("9999-12-31T23:59:59Z"), NODES.booleanNode(true), NODES.arrayNode().add(NODES.nullNode()),
                NODES.arrayNode(), nested, NODES.objectNode(), NODES.textNode(UUID.randomUUID().toString()),
                NODES.textNode("00000000-0000-0000-0000-000000000000"), NODES.textNode("1e30"), NODES.textNode("-1"));
    }

    private void send(HttpMethod method, String url, JsonNode body, TestUser admin) throws Exception {
        sent++;
        String text = JSON.writeValueAsString(body);
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        MvcResult result;
        try {
            result = mvc.perform(request(method, url).header("Authorization", admin.bearer())
                    .contentType(MediaType.APPLICATION_JSON).content(text)).andReturn();
        } catch (Exception unhandled) {
            // MockMvc rethrows what no handler answered; the container would answer it with a 500
            Throwable cause = unhandled;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            failures.add("500 " + method + " " + url + " " + shown + " -> " + cause);
            return;
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            failures.add(status + " " + method + " " + url + " " + shown);
        } else if (status / 100 == 2 && method == HttpMethod.PUT) {
            // keep the version current, so the next request to the same record is not only a 409
            String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            try {
                Object version = JsonPath.read(answer, "$.version");
                ids.put("version:" + url, String.valueOf(version));
            } catch (RuntimeException noVersion) {
                // not every answer carries one
            }
        }
    }

    /** A body that passes the schema, with ids of the records this test made where the field names them. */
    private JsonNode plausible(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = type(s);
        String format = s.path("format").asString("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
                    object.set(property.getKey(), plausible(property.getValue(), property.getKey(), depth + 1));
                }
                if (s.path("additionalProperties").isObject()) {
                    object.set("key", plausible(s.get("additionalProperties"), name, depth + 1));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(plausible(s.path("items"), name, depth + 1));
            case "integer" -> NODES.numberNode(name.equals("version") ? 0 : name.toLowerCase().contains("year") ? 2018 : 1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(text(name, format));
        };
    }

    private String text(String name, String format) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (format.equals("uuid")) {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                if (n.contains(id.getKey())) {
                    return id.getValue();
                }
            }
            return ids.get("organisation");
        }
        if (format.equals("date")) {
            return "2026-01-01";
        }
        if (format.equals("date-time")) {
            return "2026-01-01T00:00:00Z";
        }
        if (n.contains("period")) {
            return "2018";
        }
        if (n.contains("url") || n.contains("href")) {
            return "https://example.org/";
        }
        if (n.contains("email")) {
            return "fuzz@example.org";
        }
        if (n.contains("password")) {
            return "a-long-fuzz-password";
        }
        if (n.contains("colour") || n.contains("color")) {
            return "#336699";
        }
        return "fuzz";
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        if (s.has("oneOf")) {
            return resolve(s.get("oneOf").get(0));
        }
        return s;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    /** Every value of the body and every object and array in it, as a path of names and indexes. */
    private static List<List<Object>> leaves(JsonNode node, List<Object> path, List<List<Object>> into) {
        if (!path.isEmpty()) {
            into.add(List.copyOf(path));
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                path.add(name);
                leaves(node.get(name), path, into);
                path.removeLast();
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                leaves(node.get(i), path, into);
                path.removeLast();
            }
        }
        return into;
    }

    private static void set(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        }
        Object last = path.getLast();
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
    }

    /** The path with each parameter filled in from the records this test made ("{id}" after "strategies"). */
    private String url(String template) {
        String[] parts = template.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{")) {
                String before = i > 0 ? parts[i - 1] : "";
                String param = parts[i].substring(1, parts[i].length() - 1);
                parts[i] = param.equals("year") ? "2018" : parameter(before, param);
            }
        }
        return String.join("/", parts);
    }

    private String parameter(String collection, String name) {
        String key = switch (collection) {
            case "strategies" -> "strategy";
            case "goals" -> "goal";
            case "indicators" -> "indicator";
            case "initiatives" -> "initiative";
            case "reporting-rounds" -> "round";
            case "organisations" -> "own-organisation";
            case "users", "coordinators" -> "user";
            case "measurements" -> "measurement";
            default -> name.toLowerCase(java.util.Locale.ROOT).contains("user") ? "user" : "none";
        };
        return ids.getOrDefault(key, UUID.randomUUID().toString());
    }

    private void createRecords(TestUser admin) throws Exception {
        String politi = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        ids.put("organisation", politi);
        ids.put("owner", politi);
        ids.put("responsible", politi);
        ids.put("user", users.create(Role.EDITOR, UUID.fromString(politi)).principal().userId().toString());
        ids.put("lead", ids.get("user"));
        ids.put("own-organisation", create(admin, "/api/v1/organisations",
                "{\"name\": \"Fuzz %s\", \"kind\": \"OTHER\"}".formatted(UUID.randomUUID())));
        ids.put("strategy", create(admin, "/api/v1/strategies", """
                {"title": "Fuzz %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "periodFrom": "2018-01-01", "periodTo": "2030-12-31"}""".formatted(UUID.randomUUID(), politi)));
        ids.put("goal", create(admin, "/api/v1/goals", """
                {"strategyId": "%s", "code": "1", "kind": "MAIN_GOAL", "title": "Fuzz"}""".formatted(ids.get("strategy"))));
        ids.put("indicator", create(admin, "/api/v1/indicators", """
                {"name": "Fuzz", "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "goals": [{"goalId": "%s"}]}"""
                .formatted(ids.get("goal"))));
        ids.put("measurement", create(admin, "/api/v1/indicators/" + ids.get("indicator") + "/measurements",
                "{\"period\": \"2018\", \"value\": 5}"));
        ids.put("initiative", create(admin, "/api/v1/initiatives", """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Fuzz", "responsibleId": "%s"}"""
                .formatted(ids.get("strategy"), politi)));
        ids.put("round", create(admin, "/api/v1/reporting-rounds", """
                {"strategyId": "%s", "title": "Fuzz", "asOf": "2026-03-01", "dueDate": "2026-03-15"}"""
                .formatted(ids.get("strategy"))));
    }

    private String create(TestUser admin, String url, String body) throws Exception {
        String answer = mvc.perform(post(url).header("Authorization", admin.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(answer, "$.id");
    }
}
