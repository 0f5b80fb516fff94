/**
 * Matching (подбор пар): how well a mentor of the bank fits a mentee, with its reasons in Russian,
 * and the assignment of many mentees to mentors that maximizes the total fit under every mentor's
 * free places.
 */
package org.nastavnik.matching;
