package org.nastavnik.mentorship;

import java.util.List;

/**
 * What the order page starts from: the organization's consented pairs ready to be fixed, and the
 * suggested details of the order.
 */
public record OrderSheet(long organizationId, String organization, List<MentorshipRow> ready, OrderRequest suggested) {}
