package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nastavnik.common.Violation;

/**
 * Rules of a profile that need no database: consent before taking part, a capacity within bounds
 * and not below the current load, references from the current lists (an archived entry stays
 * allowed on the profile that already had it).
 */
public final class BankRules {

    public static final int CAPACITY_MAX = 30;
    public static final int NOTE_MAX = 2_000;
    public static final int REQUEST_MAX = 4_000;
    public static final int DOCUMENT_MAX = 300;

    private BankRules() {}

    /**
     * @param allowedCompetencies active competencies and those the profile already has
     * @param allowedSubjects active subjects and those the profile already has
     * @param load the mentor's current number of mentees
     */
    public static List<Violation> checkMentor(
            MentorData data, Set<Long> allowedCompetencies, Set<Long> allowedSubjects, int load, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (data.capacity() == null) {
            found.add(new Violation("capacity", "bank.capacity.required"));
        } else if (data.capacity() < 0 || data.capacity() > CAPACITY_MAX) {
            found.add(new Violation("capacity", "bank.capacity.range"));
        } else if (data.capacity() < load) {
            found.add(new Violation("capacity", "bank.capacity.belowLoad"));
        }
        if (!allowedCompetencies.containsAll(data.competencyIds())) {
            found.add(new Violation("competencyIds", "bank.reference.unknown"));
        }
        if (!allowedSubjects.containsAll(data.subjectIds())) {
            found.add(new Violation("subjectIds", "bank.reference.unknown"));
        }
        if (data.formats().isEmpty()) {
            found.add(new Violation("formats", "bank.formats.required"));
        }
        if (data.competencyNote() != null && data.competencyNote().length() > NOTE_MAX) {
            found.add(new Violation("competencyNote", "bank.text.tooLong"));
        }
        checkConsent(data.status(), data.consentOn(), data.consentDocument(), today, found);
        return found;
    }

    /** @param allowedDeficits active deficits and those the profile already has */
    public static List<Violation> checkMentee(MenteeData data, Set<Long> allowedDeficits, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (data.category() == null) {
            found.add(new Violation("category", "bank.category.required"));
        }
        if (data.requestText() != null && data.requestText().length() > REQUEST_MAX) {
            found.add(new Violation("requestText", "bank.text.tooLong"));
        }
        Set<Long> seen = new HashSet<>();
        for (MenteeData.DeficitMark mark : data.deficits()) {
            if (!allowedDeficits.contains(mark.deficitId()) || !seen.add(mark.deficitId())) {
                found.add(new Violation("deficits", "bank.reference.unknown"));
                break;
            }
            if (mark.source() == null || mark.level() < 1 || mark.level() > 3) {
                found.add(new Violation("deficits", "bank.deficit.incomplete"));
                break;
            }
        }
        checkConsent(data.status(), data.consentOn(), data.consentDocument(), today, found);
        return found;
    }

    private static void checkConsent(
            ProfileStatus status, LocalDate consentOn, String document, LocalDate today, List<Violation> found) {
        if (status == null) {
            found.add(new Violation("status", "bank.status.required"));
        }
        if (consentOn != null && consentOn.isAfter(today)) {
            found.add(new Violation("consentOn", "bank.consent.future"));
        }
        if (document != null && document.length() > DOCUMENT_MAX) {
            found.add(new Violation("consentDocument", "bank.text.tooLong"));
        }
        if (status == ProfileStatus.ACTIVE) {
            if (consentOn == null) {
                found.add(new Violation("consentOn", "bank.consent.required"));
            }
            if (document == null) {
                found.add(new Violation("consentDocument", "bank.consent.documentRequired"));
            }
        }
    }

    public static final int TITLE_MAX = 500;
    public static final int CERTIFICATE_MAX = 100;
    public static final int PROTOCOL_MAX = 100;
    public static final int COMMENT_MAX = 1_000;
    public static final int FIRST_YEAR = 1950;

    public static List<Violation> checkAchievement(
            AchievementData data, Set<Long> awardTypes, Set<Long> levels, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (data.awardTypeId() == null || !awardTypes.contains(data.awardTypeId())) {
            found.add(new Violation("awardTypeId", "bank.reference.required"));
        }
        if (data.title() == null) {
            found.add(new Violation("title", "bank.title.required"));
        } else if (data.title().length() > TITLE_MAX) {
            found.add(new Violation("title", "bank.text.tooLong"));
        }
        if (data.year() == null || data.year() < FIRST_YEAR || data.year() > today.getYear()) {
            found.add(new Violation("year", "bank.year.range"));
        }
        if (data.levelId() == null || !levels.contains(data.levelId())) {
            found.add(new Violation("levelId", "bank.reference.required"));
        }
        return found;
    }

    public static List<Violation> checkTraining(TrainingData data, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (data.course() == null) {
            found.add(new Violation("course", "bank.course.required"));
        } else if (data.course().length() > TITLE_MAX) {
            found.add(new Violation("course", "bank.text.tooLong"));
        }
        if (data.hours() == null || data.hours() < 1 || data.hours() > 2_000) {
            found.add(new Violation("hours", "bank.hours.range"));
        }
        if (data.completedOn() == null) {
            found.add(new Violation("completedOn", "bank.date.required"));
        } else if (data.completedOn().isAfter(today)) {
            found.add(new Violation("completedOn", "bank.date.future"));
        }
        if (data.certificate() != null && data.certificate().length() > CERTIFICATE_MAX) {
            found.add(new Violation("certificate", "bank.text.tooLong"));
        }
        return found;
    }

    public static List<Violation> checkDecision(ContestDecision decision, LocalDate nominatedOn, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (decision.selected() == null) {
            found.add(new Violation("selected", "bank.contest.decisionRequired"));
        }
        if (decision.protocol() == null) {
            found.add(new Violation("protocol", "bank.contest.protocolRequired"));
        } else if (decision.protocol().length() > PROTOCOL_MAX) {
            found.add(new Violation("protocol", "bank.text.tooLong"));
        }
        if (decision.decidedOn() == null) {
            found.add(new Violation("decidedOn", "bank.date.required"));
        } else if (decision.decidedOn().isAfter(today)) {
            found.add(new Violation("decidedOn", "bank.date.future"));
        } else if (nominatedOn != null && decision.decidedOn().isBefore(nominatedOn)) {
            found.add(new Violation("decidedOn", "bank.contest.beforeNomination"));
        }
        if (decision.comment() != null && decision.comment().length() > COMMENT_MAX) {
            found.add(new Violation("comment", "bank.text.tooLong"));
        }
        return found;
    }
}
