/**
 * Notifications to users about what concerns them: an outbox in the database written by
 * listeners of the case events, which is also each user's in-app inbox (the bell and
 * {@code /api/me/notifications}), and a delivery worker that sends each notification over
 * further channels ({@link org.gongzhi.notify.NotificationChannel}: SMS through a
 * {@link org.gongzhi.notify.NotificationSmsSender}, a 企业微信/钉钉 group robot) with retries.
 * Texts are message keys rendered in the reader's language when read or sent.
 */
package org.gongzhi.notify;
