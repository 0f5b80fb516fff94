package org.nastavnik.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.imports.ImportProblem;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.ImportResult;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.people.ImportProgress.Phase;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a staff list (.xlsx of the template {@link StaffTemplate}) into one organization, all or
 * nothing: the file is checked as a zip, streamed row by row, every row is validated as the person
 * form validates, duplicates within the file and against the database are refused, and only a
 * file without a single problem is saved, in one transaction, audited as one change. The file is
 * read in one thread while the rows read so far are checked and inserted in another (the caller's,
 * which holds the transaction); the first problem stops the inserts and the transaction rolls back.
 *
 * <p>People already in the database are found by the unique indexes of {@code person}, which hold
 * exactly the keys {@link PeopleService#findDuplicate} compares (СНИЛС, e-mail, full name with the
 * birth date): a chunk its {@code COPY} saved has none. Only the chunks that were not saved — the
 * one the indexes refused and every chunk after the first problem — are looked up key by key, so
 * that the report names each duplicate row; a file of new people is not read back at all.
 */
@Service
public class StaffImport implements DisposableBean {

    public static final int MAX_ROWS = StaffSheetReader.MAX_ROWS;

    /** Rows the reader hands to the saver at a time; the reader reads on while a chunk is saved. */
    private static final int CHUNK = 5_000;

    /** The reader's last word: no more chunks. */
    private static final List<StaffRow> END = List.of();

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

    /** Reads files while their rows are saved, and refreshes statistics after large imports. */
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "staff-import-reader");
        thread.setDaemon(true);
        return thread;
    });

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
        ImportProblems problems = new ImportProblems(Uploads.MAX_REPORTED_PROBLEMS);
        byte[] bytes = Uploads.readAtMost(content);
        Uploads.refusal(bytes).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return result(0, 0, problems, started);
        }
        int declared = StaffSheetReader.declaredRows(bytes);
        progress.update(Phase.READING, 0, declared);
        StaffVocabulary vocabulary = StaffVocabulary.of(messages, people.positions(), people.subjects());
        StaffRowValidator validator = new StaffRowValidator(vocabulary, organizationId, people.today());
        StaffSheetReader reader = new StaffSheetReader(vocabulary, validator, problems);
        BlockingQueue<List<StaffRow>> chunks = new ArrayBlockingQueue<>(2);
        StaffDuplicates.InFile inFile = new StaffDuplicates.InFile(vocabulary, problems, declared);
        Future<Integer> reading = readers.submit(() -> {
            try {
                return reader.read(bytes, CHUNK, chunk -> {
                    inFile.check(chunk);
                    put(chunks, chunk);
                });
            } finally {
                put(chunks, END);
            }
        });
        Saving saving = new Saving(organization, vocabulary, problems);
        ImportResult result;
        try {
            result = transactions.execute(status -> {
                saving.consume(chunks, declared, progress);
                int rows = rowsRead(reading);
                if (saving.refused && problems.isEmpty()) {
                    // the indexes refused a row no one has any more: saved and removed meanwhile
                    problems.add(ImportProblem.ofFile("people.import.changedMeanwhile"));
                }
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return result(rows, 0, problems, started);
                }
                events.publishEvent(new ChangeRecorded(
                        "import",
                        organization.id(),
                        organization.path(),
                        "import",
                        Map.of(),
                        audit(fileName, Uploads.sha256(bytes), rows)));
                return result(rows, rows, problems, started);
            });
        } catch (DataIntegrityViolationException concurrent) {
            // a reference of the rows (a position) was removed meanwhile; the transaction rolled back
            problems.add(ImportProblem.ofFile("people.import.changedMeanwhile"));
            result = result(saving.seen, 0, problems, started);
        } finally {
            reading.cancel(true);
        }
        if (result.saved() >= ANALYZE_FROM_ROWS) {
            // after the result: the rows are committed, index upkeep and statistics need not hold up the curator
            readers.execute(inserts::tidy);
        }
        log.info(
                "Staff import into organization {}: {} rows, {} saved, {} problems in {} ms (read and checked while"
                        + " saving; waited for the file {} ms, saved {} ms, looked up unsaved rows {} ms)",
                organizationId,
                result.rows(),
                result.saved(),
                result.problemCount(),
                result.took().toMillis(),
                saving.waited / 1_000_000,
                saving.saving / 1_000_000,
                saving.lookingUp / 1_000_000);
        return result;
    }

    /**
     * Takes the chunks the reader hands over, in the caller's transaction, and inserts each while no
     * problem has been found. A chunk that is not saved — the indexes refused one of its people, or
     * a problem came first — is looked up among the people already saved, outside the transaction
     * (which holds only the file's own rows, or has failed), so that one report shows every row.
     */
    private final class Saving {

        private final UnitView organization;
        private final StaffVocabulary vocabulary;
        private final ImportProblems problems;
        private final TransactionTemplate outside;
        private boolean refused;
        private long waited;
        private long saving;
        private long lookingUp;
        private int seen;

        Saving(UnitView organization, StaffVocabulary vocabulary, ImportProblems problems) {
            this.organization = organization;
            this.vocabulary = vocabulary;
            this.problems = problems;
            this.outside = new TransactionTemplate(transactions.getTransactionManager());
            outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            outside.setReadOnly(true);
        }

        void consume(BlockingQueue<List<StaffRow>> chunks, int declared, ImportProgress progress) {
            while (true) {
                long t0 = System.nanoTime();
                List<StaffRow> chunk = take(chunks);
                long t1 = System.nanoTime();
                waited += t1 - t0;
                if (chunk == END) {
                    return;
                }
                if (!save(chunk)) {
                    long t2 = System.nanoTime();
                    outside.executeWithoutResult(status -> duplicates.inDatabase(chunk, vocabulary, problems));
                    lookingUp += System.nanoTime() - t2;
                }
                saving += System.nanoTime() - t1;
                seen += chunk.size();
                Phase phase = problems.isEmpty() && !refused ? Phase.SAVING : Phase.CHECKING;
                progress.update(phase, seen, Math.max(declared, seen));
            }
        }

        /** Whether the chunk was saved: without a problem so far, and its people are new. */
        private boolean save(List<StaffRow> chunk) {
            if (refused || !problems.isEmpty()) {
                return false;
            }
            try {
                inserts.insert(chunk, organization);
                return true;
            } catch (DuplicateKeyException alreadySaved) {
                refused = true; // the transaction has failed: nothing more is inserted
                return false;
            }
        }
    }

    private static void put(BlockingQueue<List<StaffRow>> chunks, List<StaffRow> chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("staff import reading interrupted", e);
        }
    }

    private static List<StaffRow> take(BlockingQueue<List<StaffRow>> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("staff import saving interrupted", e);
        }
    }

    /** The rows the reader read; it has finished when the saver took its end marker. */
    private static int rowsRead(Future<Integer> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("staff import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("staff import reading failed", e.getCause());
        }
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
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
}
