package org.nastavnik.bank;

import org.nastavnik.common.RussianText;

/** An achievement as a form gives it: the award type, its title, year and level. */
public record AchievementData(Long awardTypeId, String title, Integer year, Long levelId) {

    public AchievementData {
        title = RussianText.trimToNull(title);
    }
}
