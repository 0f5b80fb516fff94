package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadlines of real roadmaps (resource {@code roadmap/deadlines.tsv}) read as a person reads them. */
class DeadlineInterpreterTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DeadlineInterpreter interpreter = DeadlineInterpreter.standard();

    record Example(String text, LocalDate from, LocalDate to, Deadline.Kind kind, List<LocalDate> dates) {}

    @Test
    void readsEveryDeadlineOfTheCorpusAsAPersonWould() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Example> examples = examples();
        for (Example example : examples) {
            Deadline deadline = interpreter.interpret(example.text());
            List<LocalDate> dates = deadline.dueDates(example.from(), example.to());
            if (deadline.kind() != example.kind() || !dates.equals(example.dates())) {
                wrong.add(example.text() + " -> " + deadline.kind() + " " + dates + ", expected " + example.kind() + " "
                        + example.dates());
            }
        }
        assertThat(examples).hasSizeGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void keepsWhatItCannotReadAsWrittenAndNeverThrows() {
        for (String text :
                List.of("", "   ", "—", "31.13.2022", "99.99", "до 2022-13-01", "\u0000", "((()))", "г.г.")) {
            Deadline deadline = interpreter.interpret(text);
            assertThat(deadline.text()).isEqualTo(text);
            assertThat(deadline.dueDates(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                    .isNotNull();
        }
        assertThat(interpreter.interpret(null).understood()).isFalse();
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = DeadlineInterpreterTest.class.getResourceAsStream("/roadmap/deadlines.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                List<LocalDate> dates = new ArrayList<>();
                for (String date : cells[4].split(",")) {
                    if (!date.isBlank()) {
                        dates.add(LocalDate.parse(date.strip(), DATE));
                    }
                }
                examples.add(new Example(
                        cells[0].replace("\\n", "\n"),
                        LocalDate.parse(cells[1]),
                        LocalDate.parse(cells[2]),
                        Deadline.Kind.valueOf(cells[3]),
                        dates));
            }
        }
        return examples;
    }
}
