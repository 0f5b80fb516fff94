/**
 * Notifications (уведомления): in-app reminders of roadmap due dates to the people who keep the
 * owner unit's roadmaps, and of the cascade's requirements to the organizations that must fulfil them
 * (and to their coordinator when they are late), sent by daily jobs, and the same by e-mail when SMTP
 * is configured.
 */
package org.nastavnik.notification;
