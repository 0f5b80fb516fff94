package org.nastavnik.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.nastavnik.document.OrderRegistry;
import org.nastavnik.document.OrderView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The orders registry in the JSON API: the same service and scope as the pages. */
@RestController
@Tag(name = "orders", description = "The orders registry of units, with the orders' files")
class OrderApiController {

    private final OrderRegistry registry;

    OrderApiController(OrderRegistry registry) {
        this.registry = registry;
    }

    /** A page of orders: its rows and the counts to page through. */
    record OrderPage(java.util.List<OrderView> orders, int page, int size, long total) {}

    @GetMapping("/api/v1/orders")
    @Operation(
            summary = "Orders in the caller's scope, newest first; filtered by unit (its own orders), calendar"
                    + " year, type and words of the number or title")
    OrderPage list(
            @ModelAttribute OrderListFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<OrderView> found =
                registry.list(filter.filter(), PageRequest.of(Math.max(0, page), Math.max(1, Math.min(200, size))));
        return new OrderPage(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @PostMapping(value = "/api/v1/orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Registers a signed order (multipart: unitId, type, number, date as yyyy-MM-dd, title, file"
                    + " as PDF, DOCX, DOC, JPEG or PNG); 403 for a caller who keeps no orders, 404 for a unit"
                    + " outside the scope, 422 naming the fields, also for a number already registered in the"
                    + " unit that year")
    ResponseEntity<OrderView> register(@ModelAttribute("form") OrderForm form, BindingResult errors)
            throws IOException, BindException {
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        OrderView order = registry.register(form.draft());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
                .body(order);
    }

    @GetMapping("/api/v1/orders/next-number")
    @Operation(summary = "The number to offer for the unit's next order of the date (today when not given)")
    NextNumber nextNumber(
            @RequestParam long unitId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date) {
        return new NextNumber(registry.suggestNumber(unitId, date));
    }

    record NextNumber(String number) {}

    @GetMapping("/api/v1/orders/{id}")
    @Operation(summary = "One order without its file; 404 outside the caller's scope")
    OrderView get(@PathVariable long id) {
        return registry.get(id);
    }

    @GetMapping("/api/v1/orders/{id}/file")
    @Operation(summary = "The order's file as registered, with its name")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return OrderController.download(registry.file(id));
    }
}
