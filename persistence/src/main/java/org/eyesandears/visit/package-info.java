/**
 * Joint visits: the shared events calendar of planned visits to businesses, the agencies and officers
 * taking part, operations (weeks of action) grouping many visits, clash warnings and their recorded
 * overrides, each agency's outcome after the visit and the follow-up tasks it leaves, and personal
 * calendar-feed tokens.
 */
package org.eyesandears.visit;
