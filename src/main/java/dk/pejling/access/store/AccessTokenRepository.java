package dk.pejling.access.store;

import dk.pejling.access.AccessToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccessTokenRepository extends ListCrudRepository<AccessToken, UUID> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

    /** Records use without loading and saving the token, so concurrent API calls do not contend. */
    @Modifying
    @Query("UPDATE access_token SET last_used_at = :now WHERE id = :id")
    void touch(@Param("id") UUID id, @Param("now") Instant now);
}
