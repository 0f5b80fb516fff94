/**
 * Notifications (уведомления): in-app reminders of roadmap due dates to the people who keep the
 * owner unit's roadmaps, sent by a daily job, and the same by e-mail when SMTP is configured.
 */
package org.nastavnik.notification;
