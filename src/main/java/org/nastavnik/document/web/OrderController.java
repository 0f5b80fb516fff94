package org.nastavnik.document.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.common.web.Violations;
import org.nastavnik.document.OrderFile;
import org.nastavnik.document.OrderRegistry;
import org.nastavnik.document.OrderTemplates;
import org.nastavnik.document.OrderType;
import org.nastavnik.document.OrderView;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The orders registry: the list with its filters, the registration of a signed order, downloads. */
@Controller
class OrderController {

    static final int PAGE_SIZE = 50;

    private final OrderRegistry registry;
    private final StructureService structure;
    private final OrderTemplates templates;

    OrderController(OrderRegistry registry, StructureService structure, OrderTemplates templates) {
        this.registry = registry;
        this.structure = structure;
        this.templates = templates;
    }

    @GetMapping("/documents/orders")
    String list(
            @ModelAttribute("filter") OrderListFilter filter,
            BindingResult unreadable,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("page", registry.list(filter.filter(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        if (htmx != null) {
            return "document/orders :: results";
        }
        model.addAttribute("units", structure.list(false));
        model.addAttribute("years", registry.years());
        model.addAttribute("types", OrderType.values());
        model.addAttribute("mayRegister", registry.mayRegister());
        model.addAttribute("mayEditTemplates", templates.mayEdit());
        return "document/orders";
    }

    @GetMapping("/documents/orders/new")
    String newOrder(@RequestParam(required = false) Long unit, Model model) {
        List<UnitView> units = units();
        Long chosen = unit != null
                ? unit
                : units.size() == 1 ? Long.valueOf(units.get(0).id()) : null;
        return form(model, units, OrderForm.empty(chosen, chosen == null ? "" : registry.suggestNumber(chosen, null)));
    }

    @PostMapping("/documents/orders/new")
    String register(
            @ModelAttribute("form") OrderForm form, BindingResult errors, Model model, RedirectAttributes redirect)
            throws IOException {
        List<UnitView> units = units();
        if (!errors.hasErrors()) {
            try {
                OrderView order = registry.register(form.draft());
                // flash attributes live in the JDBC session: plain strings only
                redirect.addFlashAttribute("registeredNumber", order.number());
                redirect.addFlashAttribute("registeredDate", order.date().toString());
                return "redirect:/documents/orders";
            } catch (FieldProblem problem) {
                Violations.reject(errors, problem);
            }
        }
        return form(model, units, form);
    }

    @GetMapping("/documents/orders/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(registry.file(id));
    }

    /** The multipart limit is checked when the controller reads the file; say so next to the field. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Model model = new ExtendedModelMap();
        form(model, units(), OrderForm.empty(null, ""));
        model.addAttribute("fileError", Uploads.MAX_MEGABYTES);
        ModelAndView page = new ModelAndView("document/order-form", model.asMap());
        page.setStatus(request.getHeader("HX-Request") != null ? HttpStatus.OK : HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }

    static ResponseEntity<byte[]> download(OrderFile file) {
        return Attachments.of(file.name(), MediaType.parseMediaType(file.contentType()), file.content());
    }

    private String form(Model model, List<UnitView> units, OrderForm form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units);
        model.addAttribute("types", OrderType.values());
        model.addAttribute("maxBytes", Uploads.MAX_FILE_BYTES);
        model.addAttribute("maxMegabytes", Uploads.MAX_MEGABYTES);
        return "document/order-form";
    }

    /** The units whose orders the caller keeps; 403 when there are none. */
    private List<UnitView> units() {
        List<UnitView> units = registry.registrationUnits();
        if (units.isEmpty()) {
            throw new ForbiddenException("keep orders");
        }
        return units;
    }
}
