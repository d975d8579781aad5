package org.classlytics.roster;

import java.util.Set;

public record GuardiansReplaced(long studentId, long schoolId, Set<Long> guardianIds, Set<Long> previousGuardianIds) {

}
