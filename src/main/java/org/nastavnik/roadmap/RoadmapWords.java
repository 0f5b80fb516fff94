package org.nastavnik.roadmap;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Russian words the roadmap readers look for, kept in resources under {@code roadmap/}. */
final class RoadmapWords {

    private RoadmapWords() {}

    static Properties load(String name) {
        Properties words = new Properties();
        try (var in = new InputStreamReader(
                RoadmapWords.class.getResourceAsStream("/roadmap/" + name + ".properties"), StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
