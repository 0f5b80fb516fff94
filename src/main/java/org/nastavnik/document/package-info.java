/**
 * Documents: the orders registry (реестр приказов) of each unit, and orders written as DOCX and PDF
 * from templates the administrators may edit.
 */
package org.nastavnik.document;
