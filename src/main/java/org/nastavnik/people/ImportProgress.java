package org.nastavnik.people;

/** Receives how far an import has got; called from the thread that runs it. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param done rows read, checked or saved so far in this phase
     * @param total the rows expected in this phase, 0 when not known yet
     */
    void update(Phase phase, int done, int total);

    enum Phase {
        QUEUED,
        READING,
        CHECKING,
        SAVING,
        DONE
    }
}
