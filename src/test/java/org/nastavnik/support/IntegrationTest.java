package org.nastavnik.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a random port over the embedded PostgreSQL, started once for all
 * integration tests (one Spring test context) with a fresh database holding the demo region.
 * Tests create their own records with unique names and never rely on the absence of others'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nastavnik.data-dir=target/it-data",
            "nastavnik.clean-embedded-data=true",
            "nastavnik.demo=true",
            "spring.thymeleaf.cache=true"
        })
public @interface IntegrationTest {}
