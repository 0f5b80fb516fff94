package org.nastavnik.demo;

import org.nastavnik.NastavnikProperties;
import org.nastavnik.structure.StructureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo region on the first start when demo mode is on; a later start keeps the data. */
@Component
@Order(20)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final NastavnikProperties properties;
    private final StructureService structure;
    private final DemoRegion demo;

    DemoLoader(NastavnikProperties properties, StructureService structure, DemoRegion demo) {
        this.properties = properties;
        this.structure = structure;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadDemo() || structure.anyUnitExists()) {
            return;
        }
        long started = System.nanoTime();
        demo.load();
        log.info("Loaded the demo region in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
