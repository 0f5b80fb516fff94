package org.nastavnik.mentorship;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.nastavnik.bank.Pairings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The banks' view of pairs and groups: mentors' loads and mentees already paired. */
@Component
@Transactional(readOnly = true)
class MentorshipPairings implements Pairings {

    private final BankSeats seats;

    MentorshipPairings(BankSeats seats) {
        this.seats = seats;
    }

    @Override
    public Map<Long, Integer> loads(Collection<Long> mentorProfileIds) {
        return seats.loads(mentorProfileIds);
    }

    @Override
    public Set<Long> pairedMentees(Collection<Long> menteeProfileIds) {
        return seats.paired(menteeProfileIds);
    }
}
