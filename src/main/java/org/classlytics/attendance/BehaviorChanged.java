package org.classlytics.attendance;

/**
 * A behaviour entry was corrected. Its date may have moved, so both days may have a new
 * latest entry.
 */
public record BehaviorChanged(BehaviorFacts entry, BehaviorFacts previous) {

}
