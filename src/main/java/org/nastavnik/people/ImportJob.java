package org.nastavnik.people;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.nastavnik.common.imports.ImportResult;
import org.nastavnik.people.ImportProgress.Phase;

/**
 * An import running in the background, as its page polls it: the phase, rows done of the rows
 * expected, and at the end the result (or {@link #failed()} when it broke off unexpectedly).
 */
public final class ImportJob implements ImportProgress {

    private final UUID id;
    private final String owner;
    private final long organizationId;
    private final String organization;
    private final String fileName;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Phase phase = Phase.QUEUED;
    private volatile int done;
    private volatile int total;
    private volatile ImportResult result;
    private volatile boolean failed;
    private volatile Instant finishedAt;

    ImportJob(UUID id, String owner, long organizationId, String organization, String fileName) {
        this.id = id;
        this.owner = owner;
        this.organizationId = organizationId;
        this.organization = organization;
        this.fileName = fileName;
    }

    @Override
    public void update(Phase phase, int done, int total) {
        if (phase != this.phase || total > 0) {
            this.total = total;
        }
        this.phase = phase;
        this.done = done;
    }

    void finish(ImportResult result) {
        this.result = result;
        end();
    }

    void fail() {
        this.failed = true;
        end();
    }

    private void end() {
        this.finishedAt = Instant.now();
        this.phase = Phase.DONE;
        finished.countDown();
    }

    /** Waits up to the time-out for the job to end; whether it has. */
    public boolean await(long millis) {
        try {
            return finished.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return isFinished();
        }
    }

    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    /** How far the job has got, 0–100: reading is the first 60 %, checking up to 70 %, saving the rest. */
    public int percent() {
        int part = total > 0 ? Math.min(100, done * 100 / total) : 0;
        return switch (phase) {
            case QUEUED -> 0;
            case READING -> part * 60 / 100;
            case CHECKING -> 60 + part / 10;
            case SAVING -> 70 + part * 30 / 100;
            case DONE -> 100;
        };
    }

    public UUID id() {
        return id;
    }

    String owner() {
        return owner;
    }

    public long organizationId() {
        return organizationId;
    }

    public String organization() {
        return organization;
    }

    public String fileName() {
        return fileName;
    }

    public Phase phase() {
        return phase;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    /** The result once finished, null before and when {@link #failed()}. */
    public ImportResult result() {
        return result;
    }

    public boolean failed() {
        return failed;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
