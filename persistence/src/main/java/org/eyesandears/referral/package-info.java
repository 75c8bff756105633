/**
 * Concern referrals: what a field officer saw at a business, graded 3x5x2, with the golden
 * indicators ticked (wording kept as submitted), and one routing per receiving agency.
 */
package org.eyesandears.referral;
