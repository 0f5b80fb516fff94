package org.nastavnik.bank;

import java.time.LocalDate;
import org.nastavnik.common.RussianText;

/** The contest commission's decision on a nominee: selected or not, by which protocol. */
public record ContestDecision(Boolean selected, String protocol, LocalDate decidedOn, String comment) {

    public ContestDecision {
        protocol = RussianText.trimToNull(protocol);
        comment = RussianText.trimToNull(comment);
    }
}
