package org.nastavnik.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.UnitView;

/**
 * The organizations within a unit as an import names them: by short name, full name or ИНН. A name
 * two of them share finds {@link #AMBIGUOUS}, so that the user writes the ИНН instead.
 */
final class UnitNames {

    static final UnitView AMBIGUOUS = new UnitView(-1, null, null, null, "", "", "", null, null, null, null, true, 0);

    private static final Pattern INN = Pattern.compile("\\d{9,12}");

    private final Map<String, UnitView> byName = new HashMap<>();

    UnitNames(UnitView within, List<UnitView> organizations) {
        for (UnitView organization : organizations) {
            if (!organization.path().startsWith(within.path())) {
                continue;
            }
            add(RussianText.normalize(organization.shortName()), organization);
            add(RussianText.normalize(organization.fullName()), organization);
            if (organization.inn() != null) {
                add(organization.inn(), organization);
            }
        }
    }

    /** The organization the text names; null when none, {@link #AMBIGUOUS} when several. */
    UnitView find(String text) {
        String inn = text.strip();
        if (INN.matcher(inn).matches()) {
            // Excel drops the leading zero of the ИНН of regions 01–09
            return byName.get(inn.length() == 9 || inn.length() == 11 ? "0" + inn : inn);
        }
        return byName.get(RussianText.normalize(text));
    }

    private void add(String key, UnitView organization) {
        if (key.isEmpty()) {
            return;
        }
        UnitView present = byName.putIfAbsent(key, organization);
        if (present != null && present.id() != organization.id()) {
            byName.put(key, AMBIGUOUS);
        }
    }
}
