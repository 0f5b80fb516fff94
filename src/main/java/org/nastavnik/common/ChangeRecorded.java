package org.nastavnik.common;

import java.util.Map;

/**
 * Published inside the transaction of every audited change (units, people, roles) so that the
 * audit trail commits or rolls back together with the change itself.
 *
 * @param entityType what was changed, e.g. {@code person}
 * @param entityId its id
 * @param unitPath the path of the unit it belongs to, for heads viewing their unit's audit
 * @param action what happened, e.g. {@code create}, {@code update}, {@code archive}
 * @param before the values before (empty for a creation)
 * @param after the values after (empty for a deletion)
 */
public record ChangeRecorded(
        String entityType,
        long entityId,
        String unitPath,
        String action,
        Map<String, Object> before,
        Map<String, Object> after) {}
