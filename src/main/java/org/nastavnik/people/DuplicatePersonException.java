package org.nastavnik.people;

/**
 * The person already exists (same СНИЛС, e-mail, or full name and birth date); nothing was
 * created. {@code visible} tells whether the caller may open the existing card.
 */
public class DuplicatePersonException extends RuntimeException {

    private final long existingId;
    private final String field;
    private final boolean visible;

    public DuplicatePersonException(long existingId, String field, boolean visible) {
        super("Duplicate person by " + field);
        this.existingId = existingId;
        this.field = field;
        this.visible = visible;
    }

    public long existingId() {
        return existingId;
    }

    public String field() {
        return field;
    }

    public boolean visible() {
        return visible;
    }
}
