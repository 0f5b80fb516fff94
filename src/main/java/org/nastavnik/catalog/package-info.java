/**
 * Reference lists (справочники): professional deficits grouped by area, mentor competencies,
 * achievement levels and award types. Administrators keep them; entries are archived, never
 * deleted, so the profiles that use them stay readable.
 */
package org.nastavnik.catalog;
