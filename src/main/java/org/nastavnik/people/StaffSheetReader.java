package org.nastavnik.people;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.Sheets;

/**
 * Streams the first sheet of a staff list with fastexcel-reader: the header row is matched to
 * {@link StaffColumn}s (in any order, every column required, no others), then each non-empty row
 * goes through the {@link StaffRowValidator}. Only the rows read so far are held in memory, as
 * compact records; the file itself was checked by {@link org.nastavnik.common.ZipGuard} before.
 */
final class StaffSheetReader {

    static final int MAX_ROWS = 60_000;
    private static final Set<StaffColumn> ALL = EnumSet.allOf(StaffColumn.class);
    private static final Set<StaffColumn> DATES = ALL.stream()
            .filter(StaffColumn::isDate)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffColumn.class)));
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d{1,7})\"");

    private final StaffVocabulary vocabulary;
    private final StaffRowValidator validator;
    private final ImportProblems problems;

    StaffSheetReader(StaffVocabulary vocabulary, StaffRowValidator validator, ImportProblems problems) {
        this.vocabulary = vocabulary;
        this.validator = validator;
        this.problems = problems;
    }

    /**
     * Reads the rows of the file and hands them to the sink in chunks of {@code chunk} rows, in
     * the file's order — the first a fifth of that, so that the saving starts sooner; returns how
     * many rows were read. When the file or its header cannot be read, or it has too many rows, a
     * problem says so (rows already handed over stay handed over: the caller saves nothing when
     * there is any problem).
     */
    int read(byte[] content, int chunk, Consumer<List<StaffRow>> sink) {
        int[] size = {Math.max(1, chunk / 5)};
        List<List<StaffRow>> pending = new ArrayList<>(List.of(new ArrayList<>(size[0])));
        int count = Sheets.read(
                content,
                StaffColumn.class,
                vocabulary.headers(),
                ALL,
                DATES,
                MAX_ROWS,
                "people.import.file.noRows",
                problems,
                (row, cells) -> {
                    List<StaffRow> rows = pending.get(0);
                    rows.add(validator.read(row, cells, problems));
                    if (rows.size() == size[0]) {
                        sink.accept(rows);
                        size[0] = chunk;
                        pending.set(0, new ArrayList<>(chunk));
                    }
                });
        if (!pending.get(0).isEmpty()) {
            sink.accept(pending.get(0));
        }
        return count;
    }

    /** All rows of the file at once (see {@link #read(byte[], int, Consumer)}). */
    List<StaffRow> readAll(byte[] content) {
        List<StaffRow> all = new ArrayList<>();
        read(content, 1_000, all::addAll);
        return all;
    }

    /**
     * The data rows the first sheet declares in its {@code <dimension ref="A1:N60001"/>}, for the
     * progress bar only (it may include empty rows, or be missing: then 0).
     */
    static int declaredRows(byte[] content) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            ZipArchiveEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return 0;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                Matcher dimension = DIMENSION.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                return dimension.find() ? Math.max(0, Integer.parseInt(dimension.group(1)) - 1) : 0;
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
