package org.nastavnik.roadmap;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.document.OrderFilter;
import org.nastavnik.document.OrderRegistry;
import org.nastavnik.document.OrderView;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * An order of a unit's own registry as evidence (of a due date or of a cascade fulfilment): checked
 * through {@link OrderRegistry} and kept by id with its label as it read when attached.
 */
@Component
class OrderEvidence {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final OrderRegistry orders;
    private final MessageSource messages;

    OrderEvidence(OrderRegistry orders, MessageSource messages) {
        this.orders = orders;
        this.messages = messages;
    }

    /**
     * The label of the order to keep with the evidence, null without an order; refuses on the field
     * {@code orderId} an order of another unit or out of the caller's sight.
     */
    String label(Long orderId, long unitId) {
        if (orderId == null) {
            return null;
        }
        OrderView order;
        try {
            order = orders.get(orderId);
        } catch (NotFoundException hidden) {
            throw new FieldProblem("orderId", "roadmap.cascade.evidence.order");
        }
        if (order.unitId() != unitId) {
            throw new FieldProblem("orderId", "roadmap.cascade.evidence.order");
        }
        return messages.getMessage(
                "roadmap.cascade.evidence.orderLabel",
                new Object[] {order.number(), DATE.format(order.date()), order.title()},
                RussianText.RU);
    }

    /** The orders of the unit's own registry the caller may attach, newest first. */
    List<OrderView> of(long unitId) {
        return orders.list(new OrderFilter(unitId, null, null, null), PageRequest.of(0, 100))
                .getContent();
    }
}
