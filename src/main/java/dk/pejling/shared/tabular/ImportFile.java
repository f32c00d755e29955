package dk.pejling.shared.tabular;

import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded file to import. The size is known before the content is read, so a file over the
 * limit is refused without reading it; an uploaded {@code MultipartFile} is such a source.
 */
public record ImportFile(String name, long size, InputStreamSource content) {

    /** The name without any folder and without control characters, at most 200 characters. */
    public ImportFile {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        name = n.length() > 200 ? n.substring(0, 200) : n;
    }
}
