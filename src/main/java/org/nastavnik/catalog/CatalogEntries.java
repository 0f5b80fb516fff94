package org.nastavnik.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogEntries extends JpaRepository<CatalogEntry, Long> {

    List<CatalogEntry> findByKindOrderByPosition(CatalogKind kind);

    @Query("select coalesce(max(e.position), 0) from CatalogEntry e where e.kind = ?1")
    int lastPosition(CatalogKind kind);

    boolean existsByGroupIdAndArchivedFalse(Long groupId);

    @Query("select e.kind, count(e) from CatalogEntry e where e.archived = false group by e.kind")
    List<Object[]> countActiveByKind();

    @Query("select count(e) > 0 from CatalogEntry e where e.kind = ?1 and lower(e.name) = lower(?2) and e.id <> ?3")
    boolean nameTaken(CatalogKind kind, String name, long exceptId);
}
