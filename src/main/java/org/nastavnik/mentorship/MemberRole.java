package org.nastavnik.mentorship;

public enum MemberRole {
    MENTOR,
    MENTEE
}
