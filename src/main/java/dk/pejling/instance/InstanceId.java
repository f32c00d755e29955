package dk.pejling.instance;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this running instance, in the health details, in the log and in the job locks'
 * {@code locked_by}: {@code PEJLING_INSTANCE_ID}, or the host name with the process id, which tells
 * two instances on one machine apart and changes at every restart.
 */
public record InstanceId(String value) {

    public InstanceId {
        if (value == null || value.isBlank()) {
            value = hostName() + "-" + ProcessHandle.current().pid();
        }
        value = value.strip();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
