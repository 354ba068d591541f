package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.duty.DutyId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the duty family's rules look in a configuration: the assurance records of a system indexed by duty, with
 * their positions in {@code /dutyAssurances}. Citations are in {@link DutyProvisions}.
 */
final class DutyPaths {
  private DutyPaths() {}

  static Map<DutyId, List<Integer>> byDuty(List<DutyAssurance> assurances) {
    Map<DutyId, List<Integer>> byDuty = new HashMap<>();
    for (int i = 0; i < assurances.size(); i++) {
      byDuty.computeIfAbsent(assurances.get(i).duty(), d -> new ArrayList<>()).add(i);
    }
    return byDuty;
  }
}
