/** The demo region loaded on the first start of the embedded default (or with NASTAVNIK_DEMO=true). */
package org.nastavnik.demo;
