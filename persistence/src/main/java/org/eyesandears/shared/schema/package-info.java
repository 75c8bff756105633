/**
 * Schema ownership: the Flyway migrations under {@code db/migration} are the only way the schema
 * changes, and they run before Hibernate validates its mapping.
 */
package org.eyesandears.shared.schema;
