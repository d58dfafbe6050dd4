/**
 * Current state versus future state: {@link dev.journeymaps.model.diff.JourneyDiffer} matches the touchpoints of two
 * journeys and their analyses and says what was added, removed and changed, and how friction, reach, hotspots and the
 * experience score moved. No method returns or accepts null.
 */
package dev.journeymaps.model.diff;
