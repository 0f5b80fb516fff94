package org.nastavnik.people;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Persons extends JpaRepository<Person, Long> {

    Optional<Person> findFirstBySnils(String snils);

    Optional<Person> findFirstByEmail(String email);

    Optional<Person> findFirstBySortKeyAndBirthDate(String sortKey, LocalDate birthDate);
}
