package org.classlytics.attendance;

public record BehaviorDeleted(BehaviorFacts entry) {

}
