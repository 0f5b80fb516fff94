package org.nastavnik.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered order as lists and the API show it (without its file).
 *
 * @param unitName the unit's short name
 * @param registeredBy who registered it (the account's user name)
 */
public record OrderView(
        long id,
        long unitId,
        String unitName,
        OrderType type,
        String number,
        LocalDate date,
        String title,
        String fileName,
        String contentType,
        long size,
        OrderSource source,
        String registeredBy,
        Instant registeredAt,
        long version) {}
