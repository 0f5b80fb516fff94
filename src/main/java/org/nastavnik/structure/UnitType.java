package org.nastavnik.structure;

import java.util.EnumSet;
import java.util.Set;

/** What kind of body a unit is; the level it may stand at follows from the type. */
public enum UnitType {
    REGION(UnitLevel.REGION),
    MUNICIPALITY(UnitLevel.MUNICIPALITY),
    EDUCATION_AUTHORITY(UnitLevel.ORGANIZATION),
    COORDINATOR(UnitLevel.ORGANIZATION),
    SCHOOL(UnitLevel.ORGANIZATION),
    GYMNASIUM(UnitLevel.ORGANIZATION),
    KINDERGARTEN(UnitLevel.ORGANIZATION),
    ADDITIONAL_EDUCATION(UnitLevel.ORGANIZATION),
    COLLEGE(UnitLevel.ORGANIZATION),
    UNIVERSITY(UnitLevel.ORGANIZATION),
    PARTNER(UnitLevel.ORGANIZATION);

    private final UnitLevel level;

    UnitType(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }

    /** Types of organizations, in the order forms offer them. */
    public static Set<UnitType> organizationTypes() {
        return EnumSet.range(EDUCATION_AUTHORITY, PARTNER);
    }

    /** The types of educational organizations, in the order forms offer them. */
    public static Set<UnitType> educationalTypes() {
        return EnumSet.range(SCHOOL, UNIVERSITY);
    }

    /** Educational organizations: those that employ mentors and mentees. */
    public boolean educational() {
        return educationalTypes().contains(this);
    }
}
