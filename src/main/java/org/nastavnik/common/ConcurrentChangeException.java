package org.nastavnik.common;

/** Somebody else saved the record after the caller loaded it; nothing was overwritten. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what, Object id) {
        super(what + " " + id + " was changed by somebody else");
    }
}
