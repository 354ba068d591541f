package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The assurance records of a system indexed by duty, with their positions in {@code /dutyAssurances}. */
final class DutyAssurances {
  private DutyAssurances() {}

  static final String S14Z58_2_A =
      "(2) An annual report must, in particular— (a) explain how the integrated care board has discharged its"
          + " duties under sections 14Z34 to 14Z45 and 14Z49 (general duties of integrated care boards),";

  static LegalReference section14z58TwoA() {
    return LegalReference.section(Act.NHS_ACT_2006, "14Z58").subdivision("(2)(a)");
  }

  static Map<DutyId, List<Integer>> byDuty(List<DutyAssurance> assurances) {
    Map<DutyId, List<Integer>> byDuty = new HashMap<>();
    for (int i = 0; i < assurances.size(); i++) {
      byDuty.computeIfAbsent(assurances.get(i).duty(), d -> new ArrayList<>()).add(i);
    }
    return byDuty;
  }
}
