/**
 * Agencies and golden indicators: reference data read by every signed-in user, maintained by
 * administrators.
 */
package org.eyesandears.agency;
