package org.nastavnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NastavnikApplication {

    public static void main(String[] args) {
        SpringApplication.run(NastavnikApplication.class, args);
    }
}
