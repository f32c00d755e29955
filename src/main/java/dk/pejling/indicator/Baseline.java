package dk.pejling.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A starting value, for one population ("afd. 12" and "Aalborg Kommune" side by side). A starting
 * point without a number ("work on the network has begun") has only a note.
 */
@Table("indicator_baseline")
public record Baseline(@Column("baseline_value") BigDecimal value, LocalDate asOf, String population, String note) {
}
