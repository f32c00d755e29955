package dk.pejling.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class OrganisationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    TestUsers.TestUser editor;

    @BeforeEach
    void setUp() {
        editor = users.create(Role.ADMIN); // administrators keep the register of organisations
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String json) throws Exception {
        return mvc.perform(request.header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String create(String name, String parentId) throws Exception {
        String parent = parentId == null ? "" : ", \"parentId\": \"" + parentId + "\"";
        String json = send(post("/api/v1/organisations"), "{\"name\": \"" + name + "\", \"kind\": \"UNIT\"" + parent + "}")
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void createsReadsListsUpdatesAndDeletesAnOrganisation() throws Exception {
        String token = Fixtures.token();
        String id = create("Enhed " + token, null);

        mvc.perform(get("/api/v1/organisations/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Enhed " + token))
                .andExpect(jsonPath("$.kind").value("UNIT"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/organisations").param("q", token.toUpperCase()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));

        send(put("/api/v1/organisations/" + id), "{\"name\": \"Omdøbt " + token + "\", \"shortName\": \"OMD\", "
                + "\"kind\": \"DEPARTMENT\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Omdøbt " + token))
                .andExpect(jsonPath("$.shortName").value("OMD"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(delete("/api/v1/organisations/" + id).header("Authorization", editor.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsWritten() throws Exception {
        String id = create("Versioneret " + Fixtures.token(), null);
        send(put("/api/v1/organisations/" + id), "{\"name\": \"Første\", \"kind\": \"UNIT\", \"version\": 0}")
                .andExpect(status().isOk());

        send(put("/api/v1/organisations/" + id), "{\"name\": \"Anden\", \"kind\": \"UNIT\", \"version\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/organisations/" + id)).andExpect(jsonPath("$.name").value("Første"));
    }

    @Test
    void badInputGetsOneMessagePerFieldAndCreatesNothing() throws Exception {
        String token = Fixtures.token();
        send(post("/api/v1/organisations"), "{\"name\": \"  \", \"shortName\": \"" + "x".repeat(61) + "\", \"key\": \"Not A Key " + token + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.key").value("must be lowercase letters, digits and hyphens"));
        send(post("/api/v1/organisations"), "{\"name\": \"  \", \"shortName\": \"" + "x".repeat(61) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.fieldErrors.name").value("must not be blank"))
                .andExpect(jsonPath("$.fieldErrors.shortName").value("must be at most 60 characters"))
                .andExpect(jsonPath("$.fieldErrors.kind").value("must be given"));
        send(put("/api/v1/organisations/" + create("Uden version " + token, null)), "{\"name\": \"x\", \"kind\": \"UNIT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.version").exists());
        mvc.perform(get("/api/v1/organisations").param("q", "Not A Key " + token)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() throws Exception {
        send(post("/api/v1/organisations"), "{\"name\": \"Forkert type\", \"kind\": \"NO_SUCH_KIND\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.kind").value("has an invalid value"));
        send(post("/api/v1/organisations"), "{\"name\": \"Forkert type\", \"kind\": \"UNIT\", \"parentId\": \"not-a-uuid\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.parentId").value("has an invalid value"));
        send(post("/api/v1/organisations"), "{not json")
                .andExpect(status().isBadRequest());
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/organisations/" + unknown)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        send(put("/api/v1/organisations/" + unknown), "{\"name\": \"x\", \"kind\": \"UNIT\", \"version\": 0}")
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/organisations/" + unknown).header("Authorization", editor.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/not-a-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownParentIsAFieldError() throws Exception {
        send(post("/api/v1/organisations"), "{\"name\": \"Barn\", \"kind\": \"UNIT\", \"parentId\": \"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.parentId").value("no such organisation"));
    }

    @Test
    void anOrganisationCannotBePlacedUnderItselfOrItsOwnUnit() throws Exception {
        String token = Fixtures.token();
        String top = create("Top " + token, null);
        String middle = create("Mellem " + token, top);
        String bottom = create("Bund " + token, middle);

        send(put("/api/v1/organisations/" + top), "{\"name\": \"Top\", \"kind\": \"UNIT\", \"parentId\": \"" + bottom + "\", \"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.parentId").value("an organisation cannot be placed under itself"));
        send(put("/api/v1/organisations/" + middle), "{\"name\": \"Mellem\", \"kind\": \"UNIT\", \"parentId\": \"" + middle + "\", \"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.parentId").exists());
        mvc.perform(get("/api/v1/organisations/" + top))
                .andExpect(jsonPath("$.parentId").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void anOrganisationInUseCannotBeDeleted() throws Exception {
        String token = Fixtures.token();
        String parent = create("Forælder " + token, null);
        create("Underenhed " + token, parent);

        mvc.perform(delete("/api/v1/organisations/" + parent).header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.id").exists());
        mvc.perform(get("/api/v1/organisations/" + parent)).andExpect(status().isOk());
    }

    @Test
    void changesNeedAnEditorToken() throws Exception {
        mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Anonym\", \"kind\": \"UNIT\"}"))
                .andExpect(status().isUnauthorized());
        TestUsers.TestUser reader = users.create(Role.READER);
        mvc.perform(post("/api/v1/organisations").header("Authorization", reader.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Læser\", \"kind\": \"UNIT\"}"))
                .andExpect(status().isForbidden());
    }
}
