package org.nastavnik;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NastavnikApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
