package org.nastavnik.roadmap;

import java.time.LocalDate;

/** A roadmap was approved by an order: for the cascade and the notifications that will follow it. */
public record RoadmapApproved(
        long roadmapId, long ownerUnitId, String ownerPath, String orderNumber, LocalDate orderDate) {}
