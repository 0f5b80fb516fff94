/**
 * Banks of mentors and mentees (базы наставников и наставляемых): profiles per person and
 * organization with their competencies, achievements, trainings, deficits and consent, the annual
 * confirmation, and the municipal contest that selects mentors into the municipal bank.
 */
package org.nastavnik.bank;
