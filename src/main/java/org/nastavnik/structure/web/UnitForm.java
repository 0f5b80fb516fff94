package org.nastavnik.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nastavnik.common.Identifiers;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.validation.Inn;
import org.nastavnik.common.validation.Ogrn;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.structure.UnitDetails;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;

/** The unit form of the pages and the body of the API. */
public record UnitForm(
        @NotNull UnitType type,
        @NotBlank @Size(max = 200) String shortName,
        @NotBlank @Size(max = 500) String fullName,
        @Inn String inn,
        @Ogrn String ogrn,
        @Size(max = 500) String address,
        @Size(max = 300) @Pattern(regexp = "^$|^(https?://)?[^\\s/$.?#].[^\\s]*$", message = "{validation.site}")
                String site,
        @NotNull(groups = OnUpdate.class) Long version) {

    static UnitForm empty(UnitType type) {
        return new UnitForm(type, "", "", "", "", "", "", 0L);
    }

    static UnitForm of(UnitView unit) {
        return new UnitForm(
                unit.type(),
                unit.shortName(),
                unit.fullName(),
                unit.inn(),
                unit.ogrn(),
                unit.address(),
                unit.site(),
                unit.version());
    }

    UnitDetails details() {
        return new UnitDetails(
                shortName.strip(),
                fullName.strip(),
                RussianText.trimToNull(Identifiers.digits(inn)),
                RussianText.trimToNull(Identifiers.digits(ogrn)),
                RussianText.trimToNull(address),
                RussianText.trimToNull(site));
    }
}
