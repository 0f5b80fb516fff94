package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DestructionRecords extends JpaRepository<DestructionRecord, Long> {

    List<DestructionRecord> findByKeepUntilBefore(LocalDate day);
}
