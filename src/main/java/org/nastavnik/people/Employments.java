package org.nastavnik.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Employments extends JpaRepository<Employment, Long> {

    List<Employment> findByPersonIdOrderByEndedOnDescIdAsc(long personId);
}
