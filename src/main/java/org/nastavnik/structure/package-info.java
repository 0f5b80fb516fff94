/** The region → municipality → organization hierarchy, partners and their agreements. */
package org.nastavnik.structure;
