package org.nastavnik.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Consents extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByGivenOnDescIdDesc(long personId);
}
