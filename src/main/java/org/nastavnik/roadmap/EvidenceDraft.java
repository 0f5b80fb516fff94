package org.nastavnik.roadmap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.common.imports.Uploads;

/**
 * Evidence as the author adds it: a link, a note, a file, or a link or file with a note. Blank
 * values count as absent.
 */
public record EvidenceDraft(String url, String note, String fileName, String contentType, byte[] content) {

    /** The limit of an uploaded file, the same as the application's multipart limit. */
    public static final int MAX_FILE_BYTES = Uploads.MAX_FILE_BYTES;

    public static final int URL_MAX = 2_000;
    public static final int NOTE_MAX = 4_000;

    public EvidenceDraft {
        url = RussianText.trimToNull(url);
        note = RussianText.trimToNull(note);
        if (content != null && content.length == 0) {
            content = null;
        }
        fileName = content == null ? null : fileName(fileName);
        contentType = content == null ? null : contentType == null ? "application/octet-stream" : contentType;
    }

    public static EvidenceDraft link(String url, String note) {
        return new EvidenceDraft(url, note, null, null, null);
    }

    /** Refuses an empty draft, a link that is not http(s) with a host, a note or file too long. */
    void require() {
        List<Violation> problems = new ArrayList<>();
        if (url == null && note == null && content == null) {
            problems.add(new Violation("url", "roadmap.evidence.empty"));
        }
        if (url != null && (url.length() > URL_MAX || !webAddress(url))) {
            problems.add(new Violation("url", "roadmap.evidence.url"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(new Violation("note", "roadmap.evidence.noteTooLong"));
        }
        if (content != null && content.length > MAX_FILE_BYTES) {
            problems.add(new Violation("file", "roadmap.evidence.tooLarge"));
        }
        FieldProblem.requireNone(problems);
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // a Cyrillic host («школа.рф») has no host for java.net.URI, only an authority
            String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
            return (scheme.equals("http") || scheme.equals("https")) && host != null && host.contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The file's own name without a client's folders, at most 255 characters. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll("^.*[/\\\\]", "").strip();
        if (base.isEmpty()) {
            base = "file";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
