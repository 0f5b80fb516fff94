package org.nastavnik.structure;

/** Functions a role may have, each over the units of its assignments. */
public enum Permission {
    /** See people, units and their cards. */
    READ,
    /** Create and change people and employments. */
    EDIT_PEOPLE,
    /** Create and change units, partners and agreements. */
    EDIT_UNITS,
    /** Grant and revoke roles. */
    GRANT_ROLES,
    /** Read the change audit. */
    VIEW_AUDIT,
    /** Export and anonymize personal data. */
    MANAGE_PERSONAL_DATA,
    /** Create and keep roadmaps (дорожные карты) of a unit. */
    EDIT_ROADMAPS,
    /** Record the municipal contest's decisions on nominated mentors (municipal and regional level). */
    DECIDE_CONTEST,
    /** Form pairs and groups of the banks' mentors and mentees, record their consents and fix them by order. */
    FORM_PAIRS,
    /** Record the psychologist's view of whether a mentor and a mentee are compatible. */
    ASSESS_COMPATIBILITY,
    /** Keep the orders registry (реестр приказов) of a unit. */
    KEEP_ORDERS,
    /** Change the reference lists (справочники); meaningful only over everything (administrators). */
    EDIT_CATALOGS
}
