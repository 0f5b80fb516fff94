/** Accounts, sign-in, role assignments scoped to units, the access policy and the audit trail. */
package org.nastavnik.access;
