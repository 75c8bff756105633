/** Reporting: the managers' success targets per agency; the figures themselves are read-only queries in ejb. */
package org.eyesandears.reporting;
