package org.nastavnik.mentorship;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Mentorships extends JpaRepository<Mentorship, Long> {

    /**
     * Loaded to be changed: its version goes up with any change of its members or timeline too, so
     * a stale form is caught even when only a member row changed.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select m from Mentorship m where m.id = :id")
    Optional<Mentorship> findLockedById(long id);

    @Query("select m from Mentorship m where m.status = org.nastavnik.mentorship.MentorshipStatus.FIXED"
            + " and m.plannedStart <= :today")
    List<Mentorship> findDue(LocalDate today);
}
