package io.github.icsmodel.validation.england;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.JsonPointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shares of each local authority area, by GSS code, held by the systems of a national configuration that exist
 * on a date. Footprint entries whose local authority is unknown or has no GSS code cannot be compared across
 * systems and are left out.
 */
final class EnglandPaths {
  static final BigDecimal WHOLE = BigDecimal.valueOf(100);
  static final BigDecimal TOLERANCE = new BigDecimal("0.1");
  static final LocalDate APPOINTED_DAY = LocalDate.of(2022, 7, 1);

  /** One system's share of one local authority's area. */
  record Share(IntegratedCareSystem system, Organisation authority, FootprintArea area, JsonPointer path) {
    BigDecimal percent() {
      return area.share().orElse(WHOLE);
    }

    String describe() {
      return system.name() + " (" + (area.isWhole() ? "whole" : area.share().get().toPlainString() + "%") + ")";
    }
  }

  private EnglandPaths() {}

  static Map<GssCode, List<Share>> of(NationalConfiguration national, LocalDate date, JsonPointer base) {
    Map<GssCode, List<Share>> shares = new LinkedHashMap<>();
    List<IntegratedCareSystem> systems = national.systems();
    for (int s = 0; s < systems.size(); s++) {
      IntegratedCareSystem system = systems.get(s);
      if (!system.existsOn(date)) {
        continue;
      }
      Map<LocalId, Organisation> organisations = system.organisationsById();
      List<FootprintArea> footprint = system.footprint();
      for (int j = 0; j < footprint.size(); j++) {
        Organisation authority = organisations.get(footprint.get(j).localAuthority());
        if (authority == null || authority.gssCode().isEmpty()) {
          continue;
        }
        JsonPointer path = base.property("systems").index(s).property("footprint").index(j);
        shares.computeIfAbsent(authority.gssCode().get(), g -> new ArrayList<>())
            .add(new Share(system, authority, footprint.get(j), path));
      }
    }
    return shares;
  }

  static BigDecimal total(List<Share> shares) {
    BigDecimal total = BigDecimal.ZERO;
    for (Share share : shares) {
      total = total.add(share.percent());
    }
    return total;
  }
}
