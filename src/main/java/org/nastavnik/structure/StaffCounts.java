package org.nastavnik.structure;

import java.util.Map;

/** Staff per organization, supplied by the people module for the hierarchy page. */
public interface StaffCounts {

    /** Organization id → number of people employed there now. */
    Map<Long, Long> byOrganization();
}
