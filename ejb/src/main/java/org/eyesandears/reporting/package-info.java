/**
 * Reporting: the managers' dashboard figures (aggregated in the database, see docs/metrics.md),
 * the drill-down lists behind them, the success targets per agency and their exports.
 */
package org.eyesandears.reporting;
