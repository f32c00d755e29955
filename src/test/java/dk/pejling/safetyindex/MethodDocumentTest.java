package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MethodDocumentTest {

    @Test
    void shippedMethodIsValidWithItsDefaultsSpelledOut() {
        MethodDocument m = SafetyFixtures.method();
        assertThat(m.version()).isEqualTo("1.0.0");
        assertThat(m.draws()).isEqualTo(2000);
        assertThat(m.indicators()).hasSize(4);
        assertThat(MethodCodec.canonical(m)).contains("\"minEffectiveN\":30.0").contains("\"seed\":20261202");
    }

    @Test
    void theSameMethodTypedAsJsonOrYamlHasTheSameSha256() {
        MethodDocument yaml = SafetyFixtures.method();
        MethodDocument json = MethodCodec.parse(MethodCodec.canonical(yaml));
        assertThat(MethodCodec.sha256(json)).isEqualTo(MethodCodec.sha256(yaml)).hasSize(64);
        MethodDocument reseeded = MethodCodec.parse(SafetyFixtures.methodText().replace("seed: 20261202", "seed: 7"));
        assertThat(MethodCodec.sha256(reseeded)).isNotEqualTo(MethodCodec.sha256(yaml));
    }

    @Test
    void rejectsWeightsThatDoNotSumToOne() {
        String text = SafetyFixtures.methodText().replace("weight: 0.4}", "weight: 0.5}");
        assertThatThrownBy(() -> MethodCodec.parse(text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("subIndices")
                        .extractingByKey("subIndices").asString().contains("sum to 1"));
    }

    @Test
    void rejectsIndicatorWeightsWithinASubIndexThatDoNotSumToOne() {
        String text = SafetyFixtures.methodText().replace("weight: 0.6", "weight: 0.7");
        assertThatThrownBy(() -> MethodCodec.parse(text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("subIndices.oplevet.indicators"));
    }

    @Test
    void rejectsAZeroOrNegativeWeight() {
        String text = SafetyFixtures.methodText().replace("weight: 0.3}\n  - {key: anmeldelser", "weight: 0}\n  - {key: anmeldelser");
        assertThatThrownBy(() -> MethodCodec.parse(text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("subIndices[1].weight"));
    }

    @Test
    void rejectsCountedAnswersOutsideTheItemsScale() {
        String text = SafetyFixtures.methodText().replace("counted: [1, 2, 3]", "counted: [1, 2, 8]");
        assertThatThrownBy(() -> MethodCodec.parse(text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("indicators[0].counted"));
    }

    @Test
    void rejectsGoalpostsInTheWrongOrderAndUnknownFields() {
        String posts = SafetyFixtures.methodText().replace("low: 50, high: 100", "low: 100, high: 50");
        assertThatThrownBy(() -> MethodCodec.parse(posts)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("indicators[0].normalisation"));
        String unknown = SafetyFixtures.methodText().replace("draws: 2000", "draws: 2000\nweigths: 1");
        assertThatThrownBy(() -> MethodCodec.parse(unknown)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("document"));
    }

    @Test
    void rejectsAnEmptyDocumentAndOneWithoutSubIndices() {
        assertThatThrownBy(() -> MethodCodec.parse(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MethodCodec.parse("version: 1.0.0\ntitle: x\n")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("subIndices"));
    }
}
