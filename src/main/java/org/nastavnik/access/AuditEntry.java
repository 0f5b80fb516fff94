package org.nastavnik.access;

import java.time.Instant;

/** One record of the change audit. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String entityType,
        long entityId,
        String unitPath,
        String action,
        String beforeJson,
        String afterJson,
        String prevHash,
        String hash) {}
