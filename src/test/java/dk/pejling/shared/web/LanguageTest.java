package dk.pejling.shared.web;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Danish first; ?lang=en switches to English and the pejling-lang cookie remembers it. */
@IntegrationTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAreDanishByDefaultWhateverTheBrowserAsksFor() throws Exception {
        Document doc = page(mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")).andReturn());

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(doc.selectFirst("a.skipnav").text()).isEqualTo("Gå til indhold");
    }

    @Test
    void langEnSwitchesToEnglishAndTheCookieRemembersIt() throws Exception {
        MvcResult switched = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("pejling-lang", "en"))
                .andExpect(cookie().httpOnly("pejling-lang", false))
                .andReturn();
        Document english = page(switched);
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Strategies");
        assertThat(english.selectFirst("a[lang=da]").text()).isEqualTo("Dansk");

        Cookie remembered = switched.getResponse().getCookie("pejling-lang");
        Document next = page(mvc.perform(get("/login").cookie(remembered)).andReturn());
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(next.selectFirst("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void langDaSwitchesBackAndAnUnknownLanguageIsIgnored() throws Exception {
        Cookie english = new Cookie("pejling-lang", "en");

        Document back = page(mvc.perform(get("/").param("lang", "da").cookie(english))
                .andExpect(cookie().value("pejling-lang", "da")).andReturn());
        assertThat(back.selectFirst("html").attr("lang")).isEqualTo("da");

        Document ignored = page(mvc.perform(get("/").param("lang", "x!").cookie(english)).andExpect(status().isOk()).andReturn());
        assertThat(ignored.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void anUnsupportedLanguageKeepsTheCurrentOneAndNeverShowsMessageKeys() throws Exception {
        Document param = page(mvc.perform(get("/").param("lang", "de")).andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("pejling-lang")).andReturn());
        assertThat(param.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(param.selectFirst("h1").text()).isEqualTo("Strategier");
        assertThat(param.html()).doesNotContain("??");

        Document fromEnglish = page(mvc.perform(get("/").param("lang", "de").cookie(new Cookie("pejling-lang", "en")))
                .andExpect(status().isOk()).andReturn());
        assertThat(fromEnglish.selectFirst("h1").text()).isEqualTo("Strategies");
    }

    @Test
    void aCookieWithAnUnsupportedOrGarbledLanguageGivesTheDanishPage() throws Exception {
        for (String value : new String[] {"de", "x!y", "-", "???", "zz/Europe/Copenhagen"}) {
            Document doc = page(mvc.perform(get("/").cookie(new Cookie("pejling-lang", value)))
                    .andExpect(status().isOk()).andReturn());
            assertThat(doc.selectFirst("html").attr("lang")).as(value).isEqualTo("da");
            assertThat(doc.html()).as(value).doesNotContain("??");
        }
    }

    @Test
    void theLanguageLinkPointsAtTheSamePageWithItsFiltersInTheOtherLanguage() throws Exception {
        Document doc = page(mvc.perform(get(java.net.URI.create("/?q=tryg%20aalborg&year=2015"))).andReturn());

        String href = doc.selectFirst("a[lang=en]").attr("href");
        assertThat(href).startsWith("/?").contains("lang=en").contains("q=tryg%20aalborg").contains("year=2015");
    }

    @Test
    void errorPagesAreInTheChosenLanguage() throws Exception {
        Document doc = page(mvc.perform(get("/strategier/" + java.util.UUID.randomUUID()).param("lang", "en"))
                .andExpect(status().isNotFound()).andReturn());

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Page not found");
    }
}
