package org.nastavnik.common;

/**
 * Thrown when a record does not exist or lies outside the caller's scope: both look the same to
 * the caller, a 404, so that nobody learns what exists in a unit they may not see.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found or not visible");
    }
}
