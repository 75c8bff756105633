/**
 * Tasking: the weekly tasking pack that replaces the partnership's daily and weekly intelligence
 * calls (docs/tasking.md). It owns nothing: it reads through the other contexts' query services as
 * the reader, so each reader sees only what they may, and HMRC can take part.
 */
package org.eyesandears.tasking;
