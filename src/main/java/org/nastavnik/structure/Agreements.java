package org.nastavnik.structure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agreements extends JpaRepository<Agreement, Long> {

    List<Agreement> findByPartnerIdOrderBySignedOnDescIdDesc(long partnerId);

    List<Agreement> findByUnitIdOrderBySignedOnDescIdDesc(long unitId);
}
