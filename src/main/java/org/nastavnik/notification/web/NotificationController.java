package org.nastavnik.notification.web;

import org.nastavnik.notification.NotificationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's notifications, marked read one by one or all at once. */
@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.mine());
        model.addAttribute("limit", NotificationService.LIMIT);
        return "notification/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
