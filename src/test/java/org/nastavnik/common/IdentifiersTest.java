package org.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void acceptsCorrectCheckDigitsOfInnOgrnAndSnils() {
        assertThat(Identifiers.validInn("7707083893")).isTrue(); // Sberbank, 10 digits
        assertThat(Identifiers.validInn("500100732259")).isTrue(); // an individual, 12 digits
        assertThat(Identifiers.validOgrn("1027700132195")).isTrue(); // Sberbank
        assertThat(Identifiers.validOgrn("304500116000157")).isTrue(); // ОГРНИП
        assertThat(Identifiers.validSnils("11223344595")).isTrue();
        assertThat(Identifiers.validSnils(Identifiers.digits("112-233-445 95"))).isTrue();
    }

    @Test
    void refusesWrongCheckDigitsAndShapes() {
        assertThat(Identifiers.validInn("7707083894")).isFalse();
        assertThat(Identifiers.validInn("500100732250")).isFalse();
        assertThat(Identifiers.validInn("12345")).isFalse();
        assertThat(Identifiers.validInn("77070838a3")).isFalse();
        assertThat(Identifiers.validOgrn("1027700132196")).isFalse();
        assertThat(Identifiers.validSnils("11223344596")).isFalse();
        assertThat(Identifiers.validSnils("1122334459")).isFalse();
        assertThat(Identifiers.validSnils(null)).isFalse();
    }

    @Test
    void formatsSnilsAsPeopleWriteIt() {
        assertThat(Identifiers.formatSnils("11223344595")).isEqualTo("112-233-445 95");
    }
}
