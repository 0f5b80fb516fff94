package org.nastavnik.common.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ZipGuard;

/** What every spreadsheet import checks of the uploaded bytes before reading a single row. */
public final class Uploads {

    public static final int MAX_MEGABYTES = 10;
    public static final int MAX_FILE_BYTES = MAX_MEGABYTES * 1024 * 1024;

    /** Problems kept for the report; all are counted. */
    public static final int MAX_REPORTED_PROBLEMS = 5_000;

    private Uploads() {}

    /** Why the bytes cannot be a spreadsheet at all: too large, empty, not an .xlsx, a zip bomb. */
    public static Optional<ImportProblem> refusal(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return Optional.of(ImportProblem.ofFile("import.file.tooLarge", MAX_MEGABYTES));
        }
        if (bytes.length == 0) {
            return Optional.of(ImportProblem.ofFile("import.file.empty"));
        }
        try {
            ZipGuard.XLSX.require(bytes);
            return Optional.empty();
        } catch (FieldProblem refused) {
            return Optional.of(ImportProblem.ofFile(refused.code(), refused.arguments()));
        }
    }

    /** At most one byte more than the limit, so that {@link #refusal} can tell it is too large. */
    public static byte[] readAtMost(InputStream content) {
        try (content) {
            return content.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
