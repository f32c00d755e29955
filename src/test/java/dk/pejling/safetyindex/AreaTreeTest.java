package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaTreeTest {

    private static final Area AALBORG = new Area("aalborg", "Aalborg Kommune", Area.Kind.KOMMUNE, null);
    private static final Area OST = new Area("aalborg-ost", "Aalborg Øst", Area.Kind.BYDEL, "aalborg");
    private static final Area LOVVANGEN = new Area("lovvangen", "Løvvangen", Area.Kind.BOLIGOMRAADE, "aalborg-ost");

    @Test
    void knowsEachAreasPathToTheRoot() {
        AreaTree tree = new AreaTree(List.of(AALBORG, OST, LOVVANGEN));
        assertThat(tree.pathToRoot("lovvangen")).extracting(Area::code).containsExactly("lovvangen", "aalborg-ost", "aalborg");
        assertThat(tree.children("aalborg")).containsExactly(OST);
    }

    @Test
    void rejectsAnUnknownParentADuplicateCodeAndACycle() {
        assertThatThrownBy(() -> new AreaTree(List.of(OST))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AreaTree(List.of(AALBORG, AALBORG))).isInstanceOf(InvalidInputException.class);
        Area a = new Area("a", "A", Area.Kind.BYDEL, "b");
        Area b = new Area("b", "B", Area.Kind.BYDEL, "a");
        assertThatThrownBy(() -> new AreaTree(List.of(a, b))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("inside itself");
    }

    @Test
    void rejectsACodeWithSpacesOrCapitals() {
        assertThatThrownBy(() -> new Area("Aalborg Øst", "Aalborg Øst", Area.Kind.BYDEL, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
