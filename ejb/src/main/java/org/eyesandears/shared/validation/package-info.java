/** How services report refused input: per field, one exception type for API and pages alike. */
package org.eyesandears.shared.validation;
