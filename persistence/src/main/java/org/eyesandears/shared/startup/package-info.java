/**
 * What the application checks before it starts: in production mode, that no secret is unset or
 * left at a development default ({@code ProductionSettings}, applied by {@code ProductionModeCheck}
 * ahead of the migrations). Here, in the persistence module, because the persistence unit is the
 * first part of the application the server starts.
 */
package org.eyesandears.shared.startup;
