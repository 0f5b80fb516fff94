/**
 * Roadmaps (дорожные карты): plans of numbered activities with deadlines written in free Russian,
 * interpreted into due dates that can be tracked. For now: the interpretation of deadlines.
 */
package org.nastavnik.roadmap;
