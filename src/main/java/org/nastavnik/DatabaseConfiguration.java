package org.nastavnik;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * One data source for the whole application: the PostgreSQL server named by
 * {@code NASTAVNIK_DB_URL}, or, when none is named, an embedded PostgreSQL whose files live
 * under {@code ./data/postgres} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String DATABASE = "nastavnik";

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(NastavnikProperties properties) throws IOException {
        if (!properties.embedded()) {
            return new EmbeddedDatabase(null);
        }
        Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
        if (properties.cleanEmbeddedData()) {
            FileSystemUtils.deleteRecursively(dir);
        }
        Files.createDirectories(dir.getParent());
        log.info("Starting the embedded PostgreSQL with its data in {}", dir);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres);
        } catch (IOException | RuntimeException | SQLException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL could not start (" + e.getMessage() + "). "
                            + "Point the application at a PostgreSQL server instead: "
                            + "NASTAVNIK_DB_URL=jdbc:postgresql://host:5432/nastavnik "
                            + "NASTAVNIK_DB_USER=... NASTAVNIK_DB_PASSWORD=...",
                    e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(NastavnikProperties properties, EmbeddedDatabase embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        if (embedded.postgres() != null) {
            dataSource.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", DATABASE));
            dataSource.setUsername("postgres");
        } else {
            dataSource.setJdbcUrl(properties.db().url());
            dataSource.setUsername(properties.db().user());
            dataSource.setPassword(properties.db().password());
        }
        dataSource.setPoolName("nastavnik");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }

    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
