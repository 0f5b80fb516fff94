package org.nastavnik.bank;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the module that forms pairs and groups knows about the banks' profiles, implemented by it:
 * how many mentees each mentor has now and which mentees are in a pair or group. Without it every
 * load is zero and nobody is paired.
 */
public interface Pairings {

    /** The number of mentees each mentor profile has in pairs and groups not yet ended. */
    Map<Long, Integer> loads(Collection<Long> mentorProfileIds);

    /** The mentee profiles among these that are in a pair or group not yet ended. */
    Set<Long> pairedMentees(Collection<Long> menteeProfileIds);
}
