package org.nastavnik;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings read from the environment ({@code NASTAVNIK_DB_URL}, {@code NASTAVNIK_DEMO}, ...).
 *
 * @param db the external PostgreSQL server; when its URL is blank an embedded one is started
 * @param dataDir where the embedded database keeps its files between runs
 * @param demo whether to load the demo region on first start; unset means "only in embedded mode"
 */
@ConfigurationProperties("nastavnik")
public record NastavnikProperties(Db db, Path dataDir, Boolean demo, boolean cleanEmbeddedData) {

    public NastavnikProperties {
        db = db == null ? new Db(null, null, null) : db;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return db.url() == null || db.url().isBlank();
    }

    public boolean loadDemo() {
        return demo != null ? demo : embedded();
    }

    public record Db(String url, String user, String password) {}
}
