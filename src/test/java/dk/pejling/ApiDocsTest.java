package dk.pejling;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDocumentListsTheResourcesOfTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/strategies'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/strategies'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/strategies/{id}/documents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/goals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/goals/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].delete").exists());
    }

    @Test
    void theViewerIsNotAParameterOfAnyOperation() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/strategies'].get.parameters[?(@.name == 'viewer')]").isEmpty())
                .andExpect(jsonPath("$.components.schemas.Viewer").doesNotExist());
    }

    @Test
    void onlyTheApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/']").doesNotExist())
                .andExpect(jsonPath("$.paths['/strategier/{id}']").doesNotExist());
    }
}
