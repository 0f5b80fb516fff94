package org.nastavnik.bank;

import java.util.Collection;
import java.util.Map;

/**
 * The current number of mentees of each mentor profile, implemented by the module that forms pairs
 * and groups; until it exists every mentor's load is zero.
 */
public interface MentorLoads {

    Map<Long, Integer> loads(Collection<Long> mentorProfileIds);
}
