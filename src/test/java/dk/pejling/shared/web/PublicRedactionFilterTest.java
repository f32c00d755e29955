package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only text answers are rewritten for the public; binary files pass untouched. */
class PublicRedactionFilterTest {

    @Test
    void textAnswersAreRewrittenAndOfficeFilesAndPdfsAreNot() {
        assertThat(PublicRedactionFilter.isText("text/html;charset=UTF-8")).isTrue();
        assertThat(PublicRedactionFilter.isText("text/csv")).isTrue();
        assertThat(PublicRedactionFilter.isText("application/json")).isTrue();
        assertThat(PublicRedactionFilter.isText("application/problem+json")).isTrue();
        assertThat(PublicRedactionFilter.isText("application/xml")).isTrue();
        assertThat(PublicRedactionFilter.isText(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isFalse();
        assertThat(PublicRedactionFilter.isText(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isFalse();
        assertThat(PublicRedactionFilter.isText("application/pdf")).isFalse();
        assertThat(PublicRedactionFilter.isText(null)).isFalse();
    }
}
