/**
 * Notifications: telling people that something needs them or happened to their referral, in the
 * application and by e-mail. They name the referral, never the intelligence in it.
 */
package org.eyesandears.notification;
