/**
 * Roadmaps (дорожные карты): plans of numbered activities with deadlines written in free Russian,
 * interpreted into due dates that are tracked with evidence, approved by order, exported, and
 * cascaded from a region or municipality to its organizations (requirements, their fulfilment, the
 * coordinator's matrix, templates).
 */
package org.nastavnik.roadmap;
