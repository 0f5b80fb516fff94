package org.nastavnik.bank;

import java.time.LocalDate;
import org.nastavnik.common.RussianText;

/** A training as a form gives it: the course, hours, completion date and certificate number. */
public record TrainingData(String course, Integer hours, LocalDate completedOn, String certificate) {

    public TrainingData {
        course = RussianText.trimToNull(course);
        certificate = RussianText.trimToNull(certificate);
    }
}
