package org.nastavnik.access;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the second-factor step. */
@Controller
class SignInController {

    private static final String ENROLL_SECRET = "nastavnik.enrollSecret";

    private final SecondFactor secondFactor;
    private final SignInEvents audit;

    SignInController(SecondFactor secondFactor, SignInEvents audit) {
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login() {
        return "access/login";
    }

    /**
     * Nothing but a signed-in request: pages call it while someone is typing or clicking in them, so
     * the inactivity time-out does not end the session of a person filling in a long form; for an
     * ended session it answers as any page does (a redirect to the sign-in), which the page shows.
     */
    @GetMapping("/session/alive")
    ResponseEntity<Void> alive() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/login/second-factor")
    String secondFactor(HttpSession session, Model model) {
        SignedIn user = CurrentPolicy.signedIn().orElseThrow();
        if (!Boolean.TRUE.equals(session.getAttribute(SecurityConfiguration.SECOND_FACTOR_PENDING))) {
            return "redirect:/";
        }
        if (!secondFactor.enrolled(user.accountId())) {
            String secret = (String) session.getAttribute(ENROLL_SECRET);
            if (secret == null) {
                secret = secondFactor.newSecret();
                session.setAttribute(ENROLL_SECRET, secret);
            }
            model.addAttribute("secret", secret);
            model.addAttribute("qr", secondFactor.qrCode(secret, user.username()));
        }
        return "access/second-factor";
    }

    @PostMapping("/login/second-factor")
    String verify(@RequestParam String code, HttpSession session, Model model) {
        SignedIn user = CurrentPolicy.signedIn().orElseThrow();
        String secret = (String) session.getAttribute(ENROLL_SECRET);
        boolean ok;
        if (secret != null && !secondFactor.enrolled(user.accountId())) {
            ok = secondFactor.valid(secret, code);
            if (ok) {
                secondFactor.enroll(user.accountId(), secret);
            }
        } else {
            ok = secondFactor.verify(user.accountId(), code);
        }
        audit.record(user.username(), ok ? "SECOND_FACTOR" : "SECOND_FACTOR_FAILED");
        if (!ok) {
            model.addAttribute("wrongCode", true);
            return secondFactor(session, model);
        }
        session.removeAttribute(ENROLL_SECRET);
        session.removeAttribute(SecurityConfiguration.SECOND_FACTOR_PENDING);
        return "redirect:/";
    }
}
