/**
 * Mentorships (наставнические пары и группы): mentors and mentees of the banks joined in a form and
 * kind of mentorship, with their lifecycle from draft to completion, the participants' consents,
 * the order that fixes them, and the replacement or resignation of a mentor.
 */
package org.nastavnik.mentorship;
