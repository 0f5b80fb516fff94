package org.nastavnik.document.web;

import java.util.Locale;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.common.web.Submission;
import org.nastavnik.document.OrderContent;
import org.nastavnik.document.OrderDocuments;
import org.nastavnik.document.OrderTemplates;
import org.nastavnik.document.OrderType;
import org.nastavnik.document.TemplateView;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of order templates: the list, the edit form with the type's
 * placeholders, the return to the built-in text, and a sample order filled with example values.
 */
@Controller
class TemplateController {

    private final OrderTemplates templates;
    private final OrderDocuments documents;
    private final MessageSource messages;

    TemplateController(OrderTemplates templates, OrderDocuments documents, MessageSource messages) {
        this.templates = templates;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/documents/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        return "document/templates";
    }

    @GetMapping("/documents/templates/{type}")
    String edit(@PathVariable OrderType type, Model model) {
        TemplateView template = templates.get(type);
        return form(model, template, TemplateForm.of(template));
    }

    @PostMapping("/documents/templates/{type}")
    String save(
            @PathVariable OrderType type,
            @ModelAttribute("form") TemplateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TemplateView current = templates.get(type);
        return Submission.submit(
                errors,
                model,
                current,
                () -> templates.save(type, form.edit()),
                () -> form(model, current, form),
                "/documents/templates/" + type.name(),
                redirect);
    }

    @PostMapping("/documents/templates/{type}/reset")
    String reset(
            @PathVariable OrderType type, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        templates.reset(type, version);
        redirect.addFlashAttribute("reset", true);
        return "redirect:/documents/templates/" + type.name();
    }

    @GetMapping("/documents/templates/{type}/sample.{format:docx|pdf}")
    ResponseEntity<byte[]> sample(@PathVariable OrderType type, @PathVariable String format) {
        OrderContent sample = templates.sample(type);
        boolean docx = format.equals("docx");
        String name = messages.getMessage(
                        "document.template.sampleName",
                        new Object[] {messages.getMessage("document.order.type." + type.name(), null, RussianText.RU)},
                        RussianText.RU)
                + "." + format.toLowerCase(Locale.ROOT);
        return Attachments.of(
                name,
                MediaType.parseMediaType(docx ? OrderDocuments.DOCX : OrderDocuments.PDF),
                docx ? documents.docx(sample) : documents.pdf(sample));
    }

    private String form(Model model, TemplateView template, TemplateForm form) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("placeholders", templates.placeholders(template.type()));
        return "document/template";
    }
}
