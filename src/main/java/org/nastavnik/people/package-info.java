/**
 * Persons, their employment in organizations, pupils/students/graduates/external specialists,
 * personal-data consents, and the export and anonymization of one person's data.
 */
package org.nastavnik.people;
