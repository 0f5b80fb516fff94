package org.nastavnik.roadmap;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cascade matrix as an .xlsx file: every row the filter passes in the caller's scope (not one
 * page), read by {@link CascadeMatrices#matrix}, with a summary of each cell's evidence — the order, the
 * link, the file's name and the note of each item, in the order they were added.
 */
@Service
@Transactional(readOnly = true)
public class CascadeExport {

    private final CascadeMatrices matrices;
    private final JdbcClient jdbc;
    private final ExportTexts texts;

    CascadeExport(CascadeMatrices matrices, JdbcClient jdbc, MessageSource messages) {
        this.matrices = matrices;
        this.jdbc = jdbc;
        this.texts = new ExportTexts(messages);
    }

    public RoadmapExport.File export(CascadeFilter filter) {
        CascadeMatrix matrix = matrices.matrix((filter == null ? CascadeFilter.ALL : filter).allRows());
        Map<Long, Map<Long, String>> evidence = new HashMap<>();
        if (!matrix.columns().isEmpty()) {
            Long[] requirements =
                    matrix.columns().stream().map(c -> c.requirement().id()).toArray(Long[]::new);
            Long[] organizations = matrix.rows().stream()
                    .map(CascadeMatrix.Row::organizationId)
                    .toArray(Long[]::new);
            // one query for the whole sheet, only of the cells the matrix (in the caller's scope) shows
            jdbc.sql("select f.requirement_id, f.organization_id, string_agg(concat_ws(' ', e.order_label, e.url,"
                            + " e.file_name, e.note), '; ' order by e.created_at, e.id)"
                            + " from roadmap_fulfilment f join roadmap_evidence e on e.fulfilment_id = f.id"
                            + " where f.requirement_id = any(?) and f.organization_id = any(?)"
                            + " group by f.requirement_id, f.organization_id")
                    .params(requirements, organizations)
                    .query((rs, n) -> evidence.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getString(3)))
                    .list();
        }
        String name = texts.get("roadmap.cascade.export.fileName", ExportTexts.date(matrix.today()));
        return new RoadmapExport.File(
                name + "." + RoadmapExport.Format.XLSX.extension(),
                RoadmapExport.Format.XLSX.contentType(),
                CascadeXlsxWriter.write(matrix, evidence, texts));
    }
}
