package org.nastavnik.matching;

import java.util.List;
import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Russian text of reasons and hard rules from the messages: «Тот же предмет: математика (+25)».
 * Pages and the API get reasons already rendered by {@link MatchingService}; this is for whoever
 * builds reasons themselves.
 */
@Component
public class MatchingText {

    private final MessageSource messages;

    public MatchingText(MessageSource messages) {
        this.messages = messages;
    }

    /** The reason with its text. */
    public Reason render(Reason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(a -> a instanceof Reason.Message m ? message(m.code()) : a)
                .toArray();
        String text = messages.getMessage(reason.code(), arguments, reason.code(), RussianText.RU);
        return reason.withText(reason.points() == null ? text : text + " (" + signed(reason.points()) + ")");
    }

    public List<Reason> render(List<Reason> reasons) {
        return reasons.stream().map(this::render).toList();
    }

    public String text(HardRule rule) {
        return message(rule.code());
    }

    public String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, RussianText.RU);
    }

    /** Points with their sign, a true minus for the negative: «+25», «−10», «+0». */
    public static String signed(int points) {
        return points < 0 ? "\u2212" + (-points) : "+" + points;
    }
}
