package org.nastavnik.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a reference list. */
@Entity
@Table(name = "catalog_entry")
class CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_entry_seq")
    @SequenceGenerator(name = "catalog_entry_seq", sequenceName = "catalog_entry_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CatalogKind kind;

    @Column(name = "parent_id")
    private Long groupId;

    private String name;

    private int position;

    private boolean archived;

    /** For a competency: the deficit areas it addresses. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private Long[] covers = new Long[0];

    @Version
    private long version;

    protected CatalogEntry() {}

    CatalogEntry(CatalogKind kind, CatalogEntryData data, int position) {
        this.kind = kind;
        this.groupId = data.groupId();
        this.name = data.name();
        this.position = position;
        this.covers = data.covers().toArray(Long[]::new);
    }

    long id() {
        return id;
    }

    CatalogKind kind() {
        return kind;
    }

    Long groupId() {
        return groupId;
    }

    String name() {
        return name;
    }

    List<Long> covers() {
        return covers == null ? List.of() : Arrays.asList(covers);
    }

    boolean archived() {
        return archived;
    }

    long version() {
        return version;
    }

    void change(CatalogEntryData data) {
        this.name = data.name();
        this.groupId = data.groupId();
        this.covers = data.covers().toArray(Long[]::new);
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind.name());
        values.put("name", name);
        values.put("groupId", groupId);
        values.put("archived", archived);
        if (kind == CatalogKind.COMPETENCY) {
            values.put("covers", covers());
        }
        return values;
    }

    CatalogEntryView view(String groupName) {
        return new CatalogEntryView(id, kind, groupId, groupName, name, archived, version, List.copyOf(covers()));
    }
}
