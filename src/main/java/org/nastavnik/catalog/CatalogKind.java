package org.nastavnik.catalog;

/** The reference lists; a kind with a {@link #group} has every entry in one entry of that kind. */
public enum CatalogKind {
    DEFICIT_AREA(null),
    DEFICIT(DEFICIT_AREA),
    COMPETENCY(null),
    ACHIEVEMENT_LEVEL(null),
    AWARD_TYPE(null);

    private final CatalogKind group;

    CatalogKind(CatalogKind group) {
        this.group = group;
    }

    /** The kind whose entries group this kind's entries, or null. */
    public CatalogKind group() {
        return group;
    }

    /** The kind as it appears in addresses: {@code deficit-area}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind of an address, or null. */
    public static CatalogKind ofSlug(String slug) {
        for (CatalogKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
