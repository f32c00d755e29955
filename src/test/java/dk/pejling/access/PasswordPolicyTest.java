package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules for a new password, with the list shipped in the application. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.shipped();

    @Test
    void refusesCommonAndLeakedPasswordsAlsoWithDigitsAndSignsAroundThem() {
        assertThat(policy.problem("password1234")).isEqualTo(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("PASSWORD1234")).isEqualTo(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("2026!Sunshine!!")).isEqualTo(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("qwertyuiop12")).isEqualTo(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("123456789012")).as("digits only").isEqualTo(PasswordPolicy.TOO_COMMON);
    }

    @Test
    void refusesOneCharacterOrAShortPatternOrACommonWordRepeated() {
        assertThat(policy.problem("aaaaaaaaaaaa")).isEqualTo(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("abababababab")).isEqualTo(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problem("dragondragon")).isEqualTo(PasswordPolicy.TOO_COMMON);
    }

    @Test
    void refusesAPasswordBuiltOnTheUsersOwnNames() {
        assertThat(policy.problem("jens.hansen-2026", "jhansen", "Jens Hansen", null))
                .isEqualTo(PasswordPolicy.CONTAINS_NAME);
        assertThat(policy.problem("min-jhansen-kode", "jhansen", "J. H.", null)).isEqualTo(PasswordPolicy.CONTAINS_NAME);
        assertThat(policy.problem("ministerie-af-alt", "x1", "Y", "Ministerie@example.dk"))
                .as("the e-mail address's parts").isEqualTo(PasswordPolicy.CONTAINS_NAME);
        assertThat(policy.problem("jo-er-en-god-kodefrase", "jo", "Jo", "jo@x.dk")).as("parts under 4 letters").isNull();
    }

    @Test
    void keepsTheMinimumLengthAndRefusesMoreThanBcryptsSeventyTwoBytes() {
        assertThat(policy.problem("kort")).isEqualTo(PasswordPolicy.TOO_SHORT);
        assertThat(policy.problem(null)).isEqualTo(PasswordPolicy.TOO_SHORT);
        String seventyTwo = "ravnekrog-uglemose-hejrevej-".repeat(3).substring(0, 72);
        assertThat(policy.problem(seventyTwo)).as("72 bytes").isNull();
        assertThat(policy.problem(seventyTwo + "q")).isEqualTo(PasswordPolicy.TOO_LONG);
        assertThat(policy.problem("blåbærgrød-".repeat(5))).as("55 characters, 70 bytes").isNull();
        assertThat(policy.problem("æøå-blåbærgrød-".repeat(4))).as("60 characters, 84 bytes")
                .isEqualTo(PasswordPolicy.TOO_LONG);
    }

    @Test
    void acceptsLongPassphrasesAndRandomPasswords() {
        assertThat(policy.problem("mit-eget-nye-kodeord")).isNull();
        assertThat(policy.problem("korrekt hest batteri hæfteklamme")).isNull();
        assertThat(policy.problem(UserAdministration.temporaryPassword())).isNull();
    }

    @Test
    void aRefusalIsAFieldError() {
        assertThatThrownBy(() -> policy.check("newPassword", "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("newPassword", PasswordPolicy.TOO_COMMON));
    }
}
