/** Shared value types, validation of Russian identifiers, errors and web layout support. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.nastavnik.common;
