package dk.pejling.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An archive taken apart and put together again, to make the broken archives the tests need. */
final class ZipEntries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<String, byte[]> entries = new LinkedHashMap<>();

    static ZipEntries of(byte[] zip) throws IOException {
        ZipEntries result = new ZipEntries();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                result.entries.put(e.getName(), in.readAllBytes());
            }
        }
        return result;
    }

    String text(String name) {
        return new String(entries.get(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    ZipEntries put(String name, String text) {
        entries.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    ObjectNode manifest() {
        return (ObjectNode) JSON.readTree(entries.get("manifest.json"));
    }

    ZipEntries manifest(ObjectNode manifest) {
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return this;
    }

    /** Makes the manifest agree with the entries again, as a careful forger would. */
    ZipEntries rehash() throws Exception {
        ObjectNode manifest = manifest();
        ObjectNode hashed = manifest.putObject("entries");
        for (var e : entries.entrySet()) {
            if (!e.getKey().equals("manifest.json")) {
                ObjectNode entry = hashed.putObject(e.getKey());
                entry.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())));
                entry.put("size", e.getValue().length);
            }
        }
        return manifest(manifest);
    }

    byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
