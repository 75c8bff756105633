/** Triage: what the desks keep for their own work, such as saved inbox filters. */
package org.eyesandears.triage;
