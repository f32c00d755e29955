package dk.pejling.safetyindex;

import java.nio.charset.StandardCharsets;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Generators derived from the method's seed and a name. Each area and indicator draws from its own
 * stream ("seed|area|period|indicator"), so adding an area does not move another area's draws; the
 * method noise has one stream per seed, shared by all areas and periods, so the draws of two periods
 * are paired.
 */
final class Seeds {

    private Seeds() {
    }

    static RandomGenerator generator(long seed, String name) {
        String hex = Digests.sha256((seed + "|" + name).getBytes(StandardCharsets.UTF_8));
        return new Well19937c(Long.parseUnsignedLong(hex.substring(0, 16), 16));
    }
}
