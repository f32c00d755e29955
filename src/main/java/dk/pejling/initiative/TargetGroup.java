package dk.pejling.initiative;

import org.springframework.data.relational.core.mapping.Table;

/** "Primær målgruppe: Lokale virksomheder i 9400 Nørresundby". */
@Table("initiative_target_group")
public record TargetGroup(String label, String description) {
}
