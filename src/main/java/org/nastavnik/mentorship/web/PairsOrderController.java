package org.nastavnik.mentorship.web;

import java.time.format.DateTimeFormatter;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.common.web.Violations;
import org.nastavnik.document.OrderDocuments;
import org.nastavnik.document.OrderView;
import org.nastavnik.mentorship.OrderSheet;
import org.nastavnik.mentorship.PairsOrder;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order fixing pairs: the consented pairs to check, the order's details, a look at it in Word or
 * PDF, and its registration.
 */
@Controller
class PairsOrderController {

    private final PairsOrder orders;
    private final StructureService structure;
    private final MessageSource messages;

    PairsOrderController(PairsOrder orders, StructureService structure, MessageSource messages) {
        this.orders = orders;
        this.structure = structure;
        this.messages = messages;
    }

    @GetMapping("/pairs/order")
    String page(@RequestParam(required = false) Long org, Model model) {
        long organizationId = org != null
                ? org
                : structure.units(Permission.FORM_PAIRS, UnitLevel.ORGANIZATION).stream()
                        .findFirst()
                        .orElseThrow(() -> new ForbiddenException("form pairs"))
                        .id();
        OrderSheet sheet = orders.sheet(organizationId);
        return page(model, sheet, OrderForm.of(sheet.suggested()));
    }

    @PostMapping(value = "/pairs/order", params = "preview")
    Object preview(
            @ModelAttribute("form") OrderForm form, BindingResult errors, @RequestParam String preview, Model model) {
        boolean pdf = "pdf".equals(preview);
        try {
            byte[] file = orders.preview(form.request(), pdf);
            return Attachments.of(
                    messages.getMessage("mentorship.order.title", null, LocaleContextHolder.getLocale())
                            + (pdf ? ".pdf" : ".docx"),
                    MediaType.parseMediaType(pdf ? OrderDocuments.PDF : OrderDocuments.DOCX),
                    file);
        } catch (FieldProblem problem) {
            Violations.reject(errors, problem);
            return page(model, orders.sheet(form.organizationId()), form);
        }
    }

    @PostMapping("/pairs/order")
    String issue(
            @ModelAttribute("form") OrderForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OrderView order = orders.issue(form.request());
                redirect.addFlashAttribute(
                        "issued",
                        messages.getMessage(
                                "mentorship.order.issued",
                                new Object[] {
                                    order.number(),
                                    DateTimeFormatter.ofPattern("dd.MM.yyyy").format(order.date())
                                },
                                LocaleContextHolder.getLocale()));
                return "redirect:/pairs?unit=" + form.organizationId();
            } catch (FieldProblem problem) {
                Violations.reject(errors, problem);
            }
        }
        return page(model, orders.sheet(form.organizationId()), form);
    }

    private String page(Model model, OrderSheet sheet, OrderForm form) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("organizations", structure.units(Permission.FORM_PAIRS, UnitLevel.ORGANIZATION));
        return "mentorship/order";
    }
}
