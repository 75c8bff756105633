/** Small helpers for queries that every context writes the same way. */
package org.eyesandears.shared.query;
