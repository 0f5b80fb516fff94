package org.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;

/**
 * The order «О закреплении наставнических пар (групп)» as the curator fills it: which consented pairs
 * of the organization it fixes, its number and date, who signs it, the curator it names and the
 * date the programs are due.
 */
public record OrderRequest(
        Long organizationId,
        List<Long> mentorshipIds,
        String number,
        LocalDate date,
        String signerPosition,
        String signerName,
        String curatorName,
        LocalDate programsDue) {}
