package org.nastavnik.structure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Units extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.path")
    List<Unit> findSubtree(String path);

    @Query(value = "select nextval('unit_seq')", nativeQuery = true)
    long nextId();
}
