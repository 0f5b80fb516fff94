package org.nastavnik.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nastavnik.common.RussianText;

@Entity
@Table(name = "unit")
class Unit {

    /** Assigned before the insert, because the path contains it (see {@link Units#nextId()}). */
    @Id
    private Long id;

    private Long parentId;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    @Enumerated(EnumType.STRING)
    private UnitType type;

    private String path;
    private String shortName;
    private String fullName;
    private String sortKey;
    private String inn;
    private String ogrn;
    private String address;
    private String site;
    private boolean archived;

    @Version
    private Long version;

    protected Unit() {}

    Unit(long id, Unit parent, UnitType type, UnitDetails details) {
        if (parent == null && type != UnitType.REGION) {
            throw new IllegalArgumentException("Only a region stands at the root");
        }
        if (parent != null && !parent.mayContain(type)) {
            throw new IllegalArgumentException(type + " cannot stand under " + parent.level);
        }
        this.id = id;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.type = type;
        this.level = type.level();
        apply(details);
    }

    boolean mayContain(UnitType child) {
        return switch (level) {
            case REGION -> child.level() != UnitLevel.REGION;
            case MUNICIPALITY -> child.level() == UnitLevel.ORGANIZATION;
            case ORGANIZATION -> false;
        };
    }

    void apply(UnitDetails details) {
        this.shortName = details.shortName();
        this.fullName = details.fullName();
        this.sortKey = RussianText.normalize(details.shortName());
        this.inn = details.inn();
        this.ogrn = details.ogrn();
        this.address = details.address();
        this.site = details.site();
    }

    void changeType(UnitType newType) {
        if (newType.level() != level) {
            throw new IllegalArgumentException("A unit keeps its level");
        }
        this.type = newType;
    }

    void archive() {
        this.archived = true;
    }

    void restore() {
        this.archived = false;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", type);
        values.put("shortName", shortName);
        values.put("fullName", fullName);
        values.put("inn", inn);
        values.put("ogrn", ogrn);
        values.put("address", address);
        values.put("site", site);
        values.put("archived", archived);
        return values;
    }

    UnitView view() {
        return new UnitView(
                id, parentId, level, type, path, shortName, fullName, inn, ogrn, address, site, archived, version);
    }

    Long id() {
        return id;
    }

    String path() {
        return path;
    }

    long version() {
        return version;
    }
}
