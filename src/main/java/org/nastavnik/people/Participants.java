package org.nastavnik.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Participants extends JpaRepository<Participant, Long> {

    List<Participant> findByPersonIdOrderByEndedOnDescIdAsc(long personId);
}
