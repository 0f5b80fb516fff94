package org.nastavnik.mentorship;

/** A mentee asked for another mentor; the curators of the organization decide. */
public record ReplacementRequested(long mentorshipId, String organizationPath, String menteeName) {}
