/** Retention and review: review dates, the managers' review queue, keeping and erasing referrals. */
package org.eyesandears.retention;
