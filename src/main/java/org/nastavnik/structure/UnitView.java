package org.nastavnik.structure;

/** A unit as other modules and pages see it. */
public record UnitView(
        long id,
        Long parentId,
        UnitLevel level,
        UnitType type,
        String path,
        String shortName,
        String fullName,
        String inn,
        String ogrn,
        String address,
        String site,
        boolean archived,
        long version) {

    /** Depth below the region: 0 for the region, 1 for a municipality or a regional body, ... */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
