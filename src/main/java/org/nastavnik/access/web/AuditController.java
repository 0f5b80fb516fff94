package org.nastavnik.access.web;

import java.util.Optional;
import org.nastavnik.access.AuditReader;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The change audit: newest first, filtered, within scope; administrators verify the chain. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditReader audit;

    AuditController(AuditReader audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditReader.Query query = new AuditReader.Query(entity, id, actor, action);
        model.addAttribute("query", query);
        model.addAttribute("entries", audit.search(query, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("filters", audit.filterValues());
        model.addAttribute("mayVerify", audit.mayVerify());
        return "access/audit";
    }

    @PostMapping("/audit/verify")
    String verify(RedirectAttributes redirect) {
        Optional<Long> broken = audit.verify();
        redirect.addFlashAttribute("chainChecked", true);
        redirect.addFlashAttribute("brokenAt", broken.orElse(null));
        return "redirect:/audit";
    }
}
