package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CIDR list becomes the regular expression Tomcat matches the direct peer's address against. */
class TrustedProxiesTest {

    private static boolean trusted(String list, String peer) {
        String regex = TrustedProxies.regex(list);
        return !regex.isEmpty() && Pattern.compile(regex).matcher(peer).matches();
    }

    @Test
    void byDefaultNoPeerIsTrustedNotEvenAPrivateOrLoopbackAddress() {
        assertThat(TrustedProxies.regex("")).isEmpty();
        assertThat(trusted("", "127.0.0.1")).isFalse();
        assertThat(trusted("", "10.0.0.5")).isFalse();
    }

    @Test
    void matchesExactlyTheAddressesInsideEachRange() {
        String list = "10.1.16.0/20, 192.168.1.7 ,172.16.0.0/12";
        assertThat(trusted(list, "10.1.16.0")).isTrue();
        assertThat(trusted(list, "10.1.31.255")).isTrue();
        assertThat(trusted(list, "10.1.32.1")).isFalse();
        assertThat(trusted(list, "10.1.15.255")).isFalse();
        assertThat(trusted(list, "192.168.1.7")).isTrue();
        assertThat(trusted(list, "192.168.1.70")).isFalse();
        assertThat(trusted(list, "172.31.200.1")).isTrue();
        assertThat(trusted(list, "172.32.0.1")).isFalse();
        assertThat(trusted("0.0.0.0/0", "203.0.113.9")).isTrue();
    }

    @Test
    void matchesIpv6AsTomcatWritesIt() {
        assertThat(trusted("::1", "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(trusted("2001:db8::/32", "2001:db8:0:0:0:0:0:42")).isTrue();
        assertThat(trusted("2001:db8::/32", "2001:db9:0:0:0:0:0:42")).isFalse();
    }

    @Test
    void refusesWhatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> TrustedProxies.regex("proxy.example")).hasMessageContaining("PEJLING_TRUSTED_PROXIES");
        assertThatThrownBy(() -> TrustedProxies.regex("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.regex("2001:db8::/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
