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
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Version
    private long version;

    protected CatalogEntry() {}

    CatalogEntry(CatalogKind kind, CatalogEntryData data, int position) {
        this.kind = kind;
        this.groupId = data.groupId();
        this.name = data.name();
        this.position = position;
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

    boolean archived() {
        return archived;
    }

    long version() {
        return version;
    }

    void change(CatalogEntryData data) {
        this.name = data.name();
        this.groupId = data.groupId();
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
        return values;
    }

    CatalogEntryView view(String groupName) {
        return new CatalogEntryView(id, kind, groupId, groupName, name, archived, version);
    }
}
