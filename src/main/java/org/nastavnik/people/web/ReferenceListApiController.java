package org.nastavnik.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.nastavnik.people.ReferenceLists;
import org.nastavnik.people.ReferenceLists.Entry;
import org.nastavnik.people.ReferenceLists.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Positions and subjects: read by everyone signed in, kept by administrators. */
@RestController
@Tag(name = "people", description = "People, their employment and reference lists")
class ReferenceListApiController {

    /** A new or renamed entry; {@code pedagogical} is read for positions only. */
    record EntryRequest(String name, Boolean pedagogical) {}

    record ArchiveRequest(Boolean archived) {}

    private final ReferenceLists lists;

    ReferenceListApiController(ReferenceLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/lists/{kind:positions|subjects}")
    List<Entry> entries(@PathVariable String kind) {
        return lists.entries(Kind.of(kind));
    }

    @PostMapping("/api/v1/lists/{kind:positions|subjects}")
    ResponseEntity<Entry> create(@PathVariable String kind, @RequestBody EntryRequest request) {
        Kind list = Kind.of(kind);
        long id = lists.create(list, request.name(), !Boolean.FALSE.equals(request.pedagogical()));
        return ResponseEntity.created(URI.create("/api/v1/lists/" + kind + "/" + id))
                .body(entry(list, id));
    }

    @PutMapping("/api/v1/lists/{kind:positions|subjects}/{id}")
    Entry update(@PathVariable String kind, @PathVariable long id, @RequestBody EntryRequest request) {
        Kind list = Kind.of(kind);
        lists.update(list, id, request.name(), request.pedagogical());
        return entry(list, id);
    }

    @PostMapping("/api/v1/lists/{kind:positions|subjects}/{id}/archive")
    Entry archive(@PathVariable String kind, @PathVariable long id, @RequestBody ArchiveRequest request) {
        Kind list = Kind.of(kind);
        lists.archive(list, id, !Boolean.FALSE.equals(request.archived()));
        return entry(list, id);
    }

    private Entry entry(Kind kind, long id) {
        return lists.entries(kind).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
