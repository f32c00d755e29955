package dk.pejling.initiative;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A partner organisation's role in an initiative and the staff hours it commits (1064, 280, …). */
@Table("initiative_partner")
public record Partner(UUID organisationId, String role, BigDecimal hours) {
}
