package org.nastavnik.bank;

import java.util.Locale;
import org.nastavnik.common.NotFoundException;

/**
 * The two stages of the contest (конкурсный отбор): the municipality's commission selects an
 * organization's nominees into the municipal bank; the municipality nominates selected mentors to
 * the region, whose commission selects them into the regional bank. Each stage keeps its own
 * columns of {@code mentor_profile}.
 */
public enum ContestLevel {
    MUNICIPAL("contest_status", "nominated_on", "contest_protocol", "contest_date", "contest_comment"),
    REGION("region_status", "region_nominated_on", "region_protocol", "region_date", "region_comment");

    final String status;
    final String nominatedOn;
    final String protocol;
    final String decidedOn;
    final String comment;

    ContestLevel(String status, String nominatedOn, String protocol, String decidedOn, String comment) {
        this.status = status;
        this.nominatedOn = nominatedOn;
        this.protocol = protocol;
        this.decidedOn = decidedOn;
        this.comment = comment;
    }

    /** The stage as addresses name it ({@code municipal}, {@code region}); 404 for anything else. */
    public static ContestLevel of(String segment) {
        for (ContestLevel level : values()) {
            if (level.segment().equals(segment)) {
                return level;
            }
        }
        throw new NotFoundException("contest level", 0);
    }

    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }
}
