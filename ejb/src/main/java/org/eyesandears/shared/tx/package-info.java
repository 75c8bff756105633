/**
 * Transactions in a cluster (ADR 0039): {@link org.eyesandears.shared.tx.RetriedOnConflict} runs a
 * caller of services again when the database rolled its transaction back for a write conflict, as
 * Galera does instead of waiting on another node's row lock.
 */
package org.eyesandears.shared.tx;
