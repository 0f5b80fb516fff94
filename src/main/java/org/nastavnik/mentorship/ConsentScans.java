package org.nastavnik.mentorship;

import java.util.Optional;
import org.nastavnik.common.Violation;
import org.nastavnik.common.imports.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Scans of written consents, one per member, kept apart from the member rows. */
@Component
public class ConsentScans {

    /** An uploaded scan: a PDF or a picture of the signed page. */
    public record Scan(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;

    ConsentScans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Violation> check(Scan scan) {
        if (scan.content().length > Uploads.MAX_FILE_BYTES) {
            return Optional.of(new Violation("scan", "mentorship.scan.tooLarge", Uploads.MAX_MEGABYTES));
        }
        String type = scan.contentType() == null ? "" : scan.contentType();
        if (!type.equals("application/pdf") && !type.startsWith("image/")) {
            return Optional.of(new Violation("scan", "mentorship.scan.type"));
        }
        return Optional.empty();
    }

    void store(long memberId, Scan scan) {
        String name = scan.fileName() == null || scan.fileName().isBlank() ? "scan" : scan.fileName();
        jdbc.sql("insert into mentorship_consent_scan (member_id, file_name, content_type, content)"
                        + " values (?, ?, ?, ?) on conflict (member_id) do update set file_name = excluded.file_name,"
                        + " content_type = excluded.content_type, content = excluded.content")
                .params(
                        memberId,
                        name.length() > 200 ? name.substring(name.length() - 200) : name,
                        scan.contentType(),
                        scan.content())
                .update();
    }

    Optional<Scan> find(long memberId) {
        return jdbc.sql("select file_name, content_type, content from mentorship_consent_scan where member_id = ?")
                .param(memberId)
                .query((rs, n) -> new Scan(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
