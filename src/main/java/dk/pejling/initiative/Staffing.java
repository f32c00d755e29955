package dk.pejling.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Hours a week for a role, possibly part of a shared position and limited in time ("until 31.12.22"). */
@Table("initiative_staffing")
public record Staffing(String role, String partOf, BigDecimal hoursPerWeek, boolean approximate, LocalDate validFrom,
                       LocalDate validUntil, String note) {
}
