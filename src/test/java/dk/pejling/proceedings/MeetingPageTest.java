package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A meeting's minutes page names the committee's members from its member list. */
@IntegrationTest
class MeetingPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Committees committees;
    @Autowired
    Meetings meetings;

    @Test
    void theMinutesPageListsTheCommitteesMembersFromItsMemberList() throws Exception {
        Committee committee = committees.committees().stream()
                .filter(c -> !c.members().isEmpty() && !meetings.meetingsOf(c.id()).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has a committee with members and meetings"));
        Meeting meeting = meetings.meetingsOf(committee.id()).get(0);
        List<String> expected = committee.members().stream()
                .filter(m -> (m.startDate() == null || !m.startDate().isAfter(meeting.date()))
                        && (m.endDate() == null || !m.endDate().isBefore(meeting.date())))
                .map(m -> committees.persons(java.util.Set.of(m.personId())).get(m.personId()).label())
                .sorted().toList();

        Document page = WebSessions.page(mvc.perform(get("/moeder/{id}", meeting.id())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("ul.pejling-members li").eachText()).isEqualTo(expected);
        if (!expected.isEmpty()) {
            assertThat(page.select("dt").eachText()).contains("Udvalgets medlemmer");
        }
    }
}
