package org.nastavnik.matching;

import com.google.ortools.Loader;

/** Loads the native library of OR-Tools once, on first use, whichever thread comes first. */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
