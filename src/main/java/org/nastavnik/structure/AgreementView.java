package org.nastavnik.structure;

/**
 * An agreement as the unit cards show it: both sides by name (and whether the caller may open
 * their cards), its state today, and whether the caller may change it (the signing unit lies
 * within their {@link Permission#EDIT_UNITS} scope).
 */
public record AgreementView(
        long id,
        long partnerId,
        String partnerName,
        boolean partnerVisible,
        long unitId,
        String unitName,
        boolean unitVisible,
        AgreementData data,
        State state,
        long version,
        boolean mayEdit) {

    public enum State {
        FUTURE,
        ACTIVE,
        EXPIRED,
        ARCHIVED
    }
}
