/**
 * The application's operational metrics (counters of work done), published through WildFly's
 * Micrometer subsystem in Prometheus format on the management interface ({@code :9990/metrics},
 * ADR 0040, docs/deployment.md "Monitoring").
 */
package org.eyesandears.shared.metrics;
