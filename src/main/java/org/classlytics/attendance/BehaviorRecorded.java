package org.classlytics.attendance;

public record BehaviorRecorded(BehaviorFacts entry) {

}
