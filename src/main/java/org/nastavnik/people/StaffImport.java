package org.nastavnik.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.ZipGuard;
import org.nastavnik.people.ImportProgress.Phase;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a staff list (.xlsx of the template {@link StaffTemplate}) into one organization, all or
 * nothing: the file is checked as a zip, streamed row by row, every row is validated as the person
 * form validates, duplicates within the file and against the database are refused, and only a
 * file without a single problem is saved, in one transaction, audited as one change.
 */
@Service
public class StaffImport {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = StaffSheetReader.MAX_ROWS;

    /** Problems kept for the report; all are counted. */
    public static final int MAX_REPORTED_PROBLEMS = 5_000;

    /** Imports at least this large refresh the planner's statistics of the people tables. */
    private static final int ANALYZE_FROM_ROWS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(StaffImport.class);

    private final PeopleService people;
    private final StaffDuplicates duplicates;
    private final StaffBulkInsert inserts;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    StaffImport(
            PeopleService people,
            StaffDuplicates duplicates,
            StaffBulkInsert inserts,
            AccessPolicy policy,
            StructureService structure,
            MessageSource messages,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.people = people;
        this.duplicates = duplicates;
        this.inserts = inserts;
        this.policy = policy;
        this.structure = structure;
        this.messages = messages;
        this.transactions = transactions;
        this.events = events;
    }

    /** The organization, if the caller may add its staff; otherwise 404. */
    public UnitView organization(long organizationId) {
        return structure
                .find(organizationId)
                .filter(u -> u.level() == UnitLevel.ORGANIZATION && !u.archived())
                .filter(u -> policy.scope(Permission.EDIT_PEOPLE).covers(u.path()))
                .orElseThrow(() -> new NotFoundException("organization", organizationId));
    }

    /** The empty staff list to fill in, with the current reference lists. */
    public void writeTemplate(OutputStream out) throws IOException {
        new StaffTemplate(messages).write(out, people.positions(), people.subjects());
    }

    /**
     * Reads the staff list from the stream (at most {@link #MAX_FILE_BYTES}) and saves all of its
     * rows as people employed in the organization, or none of them. Runs in the caller's thread;
     * {@link StaffImportJobs} runs it in the background for the pages.
     */
    public ImportResult importFrom(long organizationId, String fileName, InputStream content, ImportProgress progress) {
        long started = System.nanoTime();
        UnitView organization = organization(organizationId);
        ImportProblems problems = new ImportProblems(MAX_REPORTED_PROBLEMS);
        byte[] bytes = readAtMost(content);
        refusal(bytes).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return result(0, 0, problems, started);
        }
        progress.update(Phase.READING, 0, StaffSheetReader.declaredRows(bytes));
        StaffVocabulary vocabulary = StaffVocabulary.of(messages, people.positions(), people.subjects());
        StaffRowValidator validator = new StaffRowValidator(vocabulary, organizationId, people.today());
        List<StaffRow> rows = new StaffSheetReader(vocabulary, validator, problems).read(bytes, progress);
        long read = System.nanoTime();
        progress.update(Phase.CHECKING, 0, rows.size());
        duplicates.withinFile(rows, vocabulary, problems);
        long[] checked = {0};
        ImportResult result;
        try {
            result = transactions.execute(status -> {
                duplicates.inDatabase(rows, vocabulary, problems);
                checked[0] = System.nanoTime();
                if (!problems.isEmpty()) {
                    return result(rows.size(), 0, problems, started);
                }
                save(rows, organization, fileName, sha256(bytes), progress);
                return result(rows.size(), rows.size(), problems, started);
            });
        } catch (DataIntegrityViolationException concurrent) {
            // Someone saved one of these people between the check and the insert; the unique
            // indexes refused the batch and the transaction rolled back.
            problems.add(ImportProblem.ofFile("people.import.changedMeanwhile"));
            return result(rows.size(), 0, problems, started);
        }
        long saved = System.nanoTime();
        if (result.saved() >= ANALYZE_FROM_ROWS) {
            inserts.analyze();
            result = result.took(Duration.ofNanos(System.nanoTime() - started));
        }
        log.info(
                "Staff import into organization {}: {} rows, {} saved, {} problems in {} ms (file checked and read"
                        + " {} ms, duplicates looked for {} ms, saved {} ms, statistics {} ms)",
                organizationId,
                result.rows(),
                result.saved(),
                result.problemCount(),
                result.took().toMillis(),
                (read - started) / 1_000_000,
                (checked[0] - read) / 1_000_000,
                (saved - checked[0]) / 1_000_000,
                (System.nanoTime() - saved) / 1_000_000);
        return result;
    }

    /** Why the bytes cannot be a staff list at all: too large, empty, not an .xlsx, a zip bomb. */
    private static Optional<ImportProblem> refusal(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return Optional.of(ImportProblem.ofFile("people.import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            return Optional.of(ImportProblem.ofFile("people.import.file.empty"));
        }
        try {
            ZipGuard.XLSX.requireXlsx(bytes);
            return Optional.empty();
        } catch (FieldProblem refused) {
            return Optional.of(ImportProblem.ofFile(refused.code(), refused.arguments()));
        }
    }

    /** Inserts the rows and records the import as one audited change, in the caller's transaction. */
    private void save(
            List<StaffRow> rows, UnitView organization, String fileName, String digest, ImportProgress progress) {
        progress.update(Phase.SAVING, 0, rows.size());
        inserts.insert(rows, organization, saved -> progress.update(Phase.SAVING, saved, rows.size()));
        events.publishEvent(new ChangeRecorded(
                "import",
                organization.id(),
                organization.path(),
                "import",
                Map.of(),
                audit(fileName, digest, rows.size())));
    }

    private static Map<String, Object> audit(String fileName, String digest, int rows) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("sha256", digest);
        after.put("persons", rows);
        after.put("employments", rows);
        return after;
    }

    private static ImportResult result(int rows, int saved, ImportProblems problems, long started) {
        return new ImportResult(
                rows, saved, problems.list(), problems.count(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static byte[] readAtMost(InputStream content) {
        try (content) {
            return content.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
