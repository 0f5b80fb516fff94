package org.nastavnik.people;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Staff imports running in the background so the page can show progress. One import runs at a
 * time per application instance (each may hold tens of megabytes of rows) and a few wait in a
 * queue; each job runs with the rights of the user who started it and only that user sees it.
 * Finished jobs are kept in memory for an hour, at most {@value #KEPT} of them.
 */
@Service
public class StaffImportJobs implements DisposableBean {

    static final int QUEUE = 4;
    static final int KEPT = 20;
    static final Duration KEEP_FOR = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(StaffImportJobs.class);

    private final StaffImport staffImport;
    private final AccessPolicy policy;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "staff-import");
                thread.setDaemon(true);
                return thread;
            });

    StaffImportJobs(StaffImport staffImport, AccessPolicy policy) {
        this.staffImport = staffImport;
        this.policy = policy;
    }

    /**
     * Queues the import of the file into the organization; 404 when the caller may not add its
     * staff, a {@link FieldProblem} on {@code file} when too many imports are waiting.
     */
    public ImportJob start(long organizationId, String fileName, byte[] content) {
        UnitView organization = staffImport.organization(organizationId);
        forgetOld();
        ImportJob job =
                new ImportJob(UUID.randomUUID(), policy.actor(), organizationId, organization.shortName(), fileName);
        Runnable task = () -> {
            try {
                job.finish(staffImport.importFrom(organizationId, fileName, new ByteArrayInputStream(content), job));
            } catch (RuntimeException broken) {
                log.error("Staff import {} failed", job.id(), broken);
                job.fail();
            }
        };
        jobs.put(job.id(), job);
        try {
            executor.execute(DelegatingSecurityContextRunnable.create(task, null));
        } catch (RejectedExecutionException busy) {
            jobs.remove(job.id());
            throw new FieldProblem("file", "people.import.busy");
        }
        return job;
    }

    /** The caller's own job; 404 for anyone else's or a forgotten one. */
    public ImportJob get(UUID id) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.owner().equals(policy.actor())) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    private void forgetOld() {
        Instant expired = Instant.now().minus(KEEP_FOR);
        jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(expired));
        jobs.values().stream()
                .filter(ImportJob::isFinished)
                .sorted(Comparator.comparing(ImportJob::finishedAt).reversed())
                .skip(KEPT)
                .toList()
                .forEach(j -> jobs.remove(j.id()));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
