package dk.pejling.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Which reverse proxies may speak for the client. The servlet container (Tomcat's RemoteIpValve,
 * switched on by {@code PEJLING_FORWARD_HEADERS=native}) takes the client's address from
 * {@code X-Forwarded-For}, and HTTPS from {@code X-Forwarded-Proto}, only when the direct peer is one
 * of them. Out of the box that was any private address, so any client on the local network could
 * forge the address the audit log records and the login throttle counts. Now it is the CIDR list in
 * {@code PEJLING_TRUSTED_PROXIES} ({@code 10.0.0.5,192.168.1.0/24,::1}), and by default none.
 *
 * <p>Tomcat matches proxies with a regular expression, so the list is turned into one here, before
 * the server starts. IPv4 prefixes may have any length; IPv6 prefixes must be whole groups of 16 bits.
 */
public class TrustedProxies implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String VARIABLE = "pejling.trusted-proxies";
    static final String TOMCAT = "server.tomcat.remoteip.internal-proxies";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String list = event.getEnvironment().getProperty(VARIABLE, "");
        event.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("pejling-trusted-proxies", Map.of(TOMCAT, regex(list))));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }

    /** The regular expression Tomcat matches the peer's address against; empty matches nothing. */
    static String regex(String list) {
        List<String> alternatives = new ArrayList<>();
        for (String entry : list.split("[,;\\s]+")) {
            if (!entry.isBlank()) {
                alternatives.add(cidr(entry.strip()));
            }
        }
        return String.join("|", alternatives);
    }

    private static String cidr(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] bytes;
        try {
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(address);
            }
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw invalid(entry);
        }
        int bits = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(entry);
        }
        if (prefix < 0 || prefix > bits) {
            throw invalid(entry);
        }
        return bytes.length == 4 ? ipv4(bytes, prefix) : ipv6(bytes, prefix, entry);
    }

    /** Each octet: fixed, a range of values, or any; "10.1.16.0/20" gives 10\.1\.(16|17|…|31)\.\d{1,3}. */
    private static String ipv4(byte[] bytes, int prefix) {
        List<String> octets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int fixedBits = Math.max(0, Math.min(8, prefix - 8 * i));
            int value = bytes[i] & 0xff;
            int low = value & (0xff << (8 - fixedBits)) & 0xff;
            int high = low | (0xff >> fixedBits);
            if (fixedBits == 8) {
                octets.add(Integer.toString(value));
            } else if (fixedBits == 0) {
                octets.add("\\d{1,3}");
            } else {
                List<String> values = new ArrayList<>();
                for (int v = low; v <= high; v++) {
                    values.add(Integer.toString(v));
                }
                octets.add("(?:" + String.join("|", values) + ")");
            }
        }
        return String.join("\\.", octets);
    }

    /** Tomcat writes IPv6 peers in full, without leading zeros: 0:0:0:0:0:0:0:1. */
    private static String ipv6(byte[] bytes, int prefix, String entry) {
        if (prefix % 16 != 0) {
            throw invalid(entry);
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int group = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
            groups.add(i < prefix / 16 ? Integer.toHexString(group) : "[0-9a-fA-F]{1,4}");
        }
        return String.join(":", groups);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("PEJLING_TRUSTED_PROXIES: '" + entry
                + "' is not an IP address or a CIDR range (IPv6 prefixes in whole groups of 16 bits)");
    }
}
