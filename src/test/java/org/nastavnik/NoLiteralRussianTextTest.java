package org.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user reads comes from messages_ru.properties: Java string and character literals
 * and template text must not contain Cyrillic (comments may).
 */
class NoLiteralRussianTextTest {

    private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)+'");
    private static final Pattern JAVA_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

    @Test
    void javaLiteralsHaveNoCyrillic() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            String code = JAVA_COMMENT
                    .matcher(Files.readString(file, StandardCharsets.UTF_8))
                    .replaceAll("");
            Matcher literal = JAVA_LITERAL.matcher(code);
            while (literal.find()) {
                if (CYRILLIC.matcher(literal.group()).find()) {
                    offenders.add(file + ": " + literal.group());
                }
            }
        }
        assertThat(offenders).as("move these texts to messages_ru.properties").isEmpty();
    }

    @Test
    void templatesHaveNoCyrillic() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(Path.of("src/main/resources/templates"), ".html")) {
            String text = HTML_COMMENT
                    .matcher(Files.readString(file, StandardCharsets.UTF_8))
                    .replaceAll("");
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (CYRILLIC.matcher(lines[i]).find()) {
                    offenders.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(offenders).as("use #{...} messages instead").isEmpty();
    }

    @Test
    void theCheckFindsCyrillicInALiteral() {
        Matcher literal = JAVA_LITERAL.matcher("String s = \"\u041f\u0440\u0438\u0432\u0435\u0442\";");
        assertThat(literal.find()).isTrue();
        assertThat(CYRILLIC.matcher(literal.group()).find()).isTrue();
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> found =
                    paths.filter(p -> p.toString().endsWith(extension)).toList();
            assertThat(found).as("files under " + root).isNotEmpty();
            return found;
        }
    }
}
