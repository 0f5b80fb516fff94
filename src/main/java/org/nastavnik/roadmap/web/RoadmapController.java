package org.nastavnik.roadmap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.roadmap.RoadmapDocx;
import org.nastavnik.roadmap.RoadmapPreamble;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapTable;
import org.nastavnik.roadmap.RoadmapTemplates;
import org.nastavnik.structure.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Roadmaps: the list, the import of a table pasted from Word or Excel or read from a .docx with a
 * preview of how its deadlines are read, and the roadmap's page.
 */
@Controller
class RoadmapController {

    private final RoadmapService roadmaps;
    private final RoadmapTemplates templates;
    private final RoadmapPage page;
    private final SmartValidator validator;
    private final MessageSource messages;

    RoadmapController(
            RoadmapService roadmaps,
            RoadmapTemplates templates,
            RoadmapPage page,
            SmartValidator validator,
            MessageSource messages) {
        this.roadmaps = roadmaps;
        this.templates = templates;
        this.page = page;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/roadmaps")
    String list(Model model) {
        model.addAttribute("roadmaps", roadmaps.list());
        model.addAttribute("mayCreate", roadmaps.mayCreate());
        return "roadmap/list";
    }

    /**
     * The empty form, or with {@code template} the form filled from a template for the unit (its
     * title, the current academic year, the table) and its preview: saving it makes the draft.
     */
    @GetMapping("/roadmaps/new")
    String newRoadmap(
            @RequestParam(required = false) Long unit, @RequestParam(required = false) String template, Model model) {
        List<UnitView> owners = owners();
        if (template != null && unit != null) {
            RoadmapTemplates.Proposal proposal = templates.propose(unit, template, null);
            RoadmapForm form = RoadmapForm.of(
                    unit, proposal.title(), null, proposal.periodFrom(), proposal.periodTo(), proposal.table());
            model.addAttribute("fromTemplate", true);
            return form(model, owners, form, roadmaps.preview(proposal.draft()));
        }
        return form(
                model,
                owners,
                // Long.valueOf: a primitive in either branch would unbox a missing unit
                RoadmapForm.empty(
                        unit == null && owners.size() == 1
                                ? Long.valueOf(owners.get(0).id())
                                : unit),
                null);
    }

    /** {@code action=preview} shows how the table is read; {@code action=save} saves it. */
    @PostMapping("/roadmaps/new")
    String create(
            @Valid @ModelAttribute("form") RoadmapForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "preview") String action,
            @RequestParam(required = false) List<String> columns,
            Model model) {
        List<UnitView> owners = owners();
        if (!errors.hasErrors()) {
            try {
                if (action.equals("save")) {
                    return "redirect:/roadmaps/" + roadmaps.create(form.draft(columns));
                }
                return form(model, owners, form, columns, roadmaps.preview(form.draft(columns)));
            } catch (FieldProblem problem) {
                if (problem.field().equals("columns")) {
                    // a refused mapping: the preview shows why next to the choices, nothing is saved
                    return form(model, owners, form, columns, roadmaps.preview(form.draft(columns)));
                }
                errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        return form(model, owners, form, null);
    }

    /**
     * Fills the form from a Word document (title, period when the text states it, the table as text)
     * and shows the same preview, so the author can still correct the text before saving; nothing
     * is kept on the server. A refused file leaves what the form held as it was. The page posts it with htmx (the CSRF token in a header, so a file over
     * the limit is reported here) or, without scripts, as a multipart form.
     */
    @PostMapping("/roadmaps/new/docx")
    String upload(
            // the file first: reading it is what reports a file over the limit as such
            @RequestParam(required = false) MultipartFile file,
            @ModelAttribute("form") RoadmapForm posted,
            BindingResult postedErrors,
            Model model)
            throws IOException {
        List<UnitView> owners = owners();
        Long ownerUnitId = posted.ownerUnitId();
        if (ownerUnitId != null && owners.stream().noneMatch(u -> u.id() == ownerUnitId)) {
            throw new NotFoundException("unit", ownerUnitId);
        }
        if (file == null || file.isEmpty()) {
            return refused(model, owners, posted, message("roadmap.docx.fileRequired"));
        }
        RoadmapDocx.Read read;
        try {
            read = RoadmapDocx.read(file.getBytes(), file.getOriginalFilename());
        } catch (FieldProblem refused) {
            return refused(model, owners, posted, message(refused.code(), refused.arguments()));
        }
        RoadmapPreamble preamble = read.preamble();
        RoadmapForm form = RoadmapForm.of(
                ownerUnitId,
                preamble.title(),
                preamble.goal(),
                preamble.periodFrom(),
                preamble.periodTo(),
                read.table());
        model.addAttribute("uploaded", read);
        model.addAttribute("fileName", file.getOriginalFilename());
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return create(form, errors, "preview", null, model);
    }

    /** The multipart limit is checked when the controller reads the file; say so next to the field. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Model model = new ExtendedModelMap();
        refused(model, owners(), RoadmapForm.empty(null), message("roadmap.docx.tooLarge", megabytes()));
        ModelAndView page = new ModelAndView("roadmap/form", model.asMap());
        // htmx swaps only successful responses
        page.setStatus(request.getHeader("HX-Request") != null ? HttpStatus.OK : HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }

    @GetMapping("/roadmaps/{id}")
    String roadmap(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    private String refused(Model model, List<UnitView> owners, RoadmapForm form, String error) {
        model.addAttribute("fileError", error);
        return form(model, owners, form, null);
    }

    private String form(Model model, List<UnitView> owners, RoadmapForm form, RoadmapService.Preview preview) {
        return form(model, owners, form, null, preview);
    }

    private String form(
            Model model,
            List<UnitView> owners,
            RoadmapForm form,
            List<String> columns,
            RoadmapService.Preview preview) {
        model.addAttribute("form", form);
        model.addAttribute("owners", owners);
        model.addAttribute("preview", preview);
        if (preview != null) {
            model.addAttribute("mapping", mapping(columns, preview.table()));
            model.addAttribute("meanings", MEANINGS);
            model.addAttribute(
                    "mappingPosted", columns != null && columns.stream().anyMatch(MEANINGS::contains));
            model.addAttribute(
                    "mappedHeader", RoadmapService.headerKey(preview.table().header()));
        }
        model.addAttribute("maxBytes", RoadmapDocx.MAX_FILE_BYTES);
        model.addAttribute("maxMegabytes", megabytes());
        return "roadmap/form";
    }

    /**
     * A column of the table: its number from 1, its header cell as written (empty without one), the
     * first value under it and the meaning chosen for it.
     */
    record MappedCell(int number, String text, String sample, String chosen) {}

    /** The meanings a column may be given, in the order the choice offers them. */
    static final List<String> MEANINGS =
            List.of("NUMBER", "ACTIVITY", "DEADLINE", "RESPONSIBLE", "CO_EXECUTORS", "RESULT", RoadmapForm.NOT_USED);

    /** The choices to show: as read, or as the author posted them when the mapping was refused. */
    private static List<MappedCell> mapping(List<String> posted, RoadmapTable.Parsed table) {
        List<RoadmapTable.Column> read = table.mapping();
        List<MappedCell> cells = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            String chosen =
                    read.get(i) == null ? RoadmapForm.NOT_USED : read.get(i).name();
            if (table.mappingRefused() && posted != null && i < posted.size() && MEANINGS.contains(posted.get(i))) {
                chosen = posted.get(i);
            }
            String sample = i < table.samples().size() ? table.samples().get(i) : "";
            cells.add(new MappedCell(i + 1, table.header().get(i), sample, chosen));
        }
        return cells;
    }

    private static int megabytes() {
        return Uploads.MAX_MEGABYTES;
    }

    /** The units whose roadmaps the caller keeps; 403 when there are none. */
    private List<UnitView> owners() {
        List<UnitView> owners = roadmaps.ownerUnits();
        if (owners.isEmpty()) {
            throw new ForbiddenException("keep roadmaps");
        }
        return owners;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
