/**
 * Agencies and golden indicators: the partner agencies of the partnership, and the signs each
 * wants the others to look out for. Reference data, edited by administrators.
 */
package org.eyesandears.agency;
