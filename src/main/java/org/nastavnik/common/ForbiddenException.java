package org.nastavnik.common;

/** The caller's roles never allow this function (as opposed to an object outside their scope). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String function) {
        super("Not allowed: " + function);
    }
}
