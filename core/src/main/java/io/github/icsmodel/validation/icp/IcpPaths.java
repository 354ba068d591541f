package io.github.icsmodel.validation.icp;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.area.IcbArea;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the partnership's rules share: whether a strategy is prepared as of a date, where it sits, and the county
 * councils the footprint implies but the configuration does not name.
 */
final class IcpPaths {
  private IcpPaths() {}

  static boolean isPrepared(IntegratedCareStrategy strategy, LocalDate asOf) {
    return strategy.preparedOn().map(d -> !d.isAfter(asOf)).orElse(false);
  }

  static JsonPointer path(RuleContext context) {
    return context.base().property("icp").property("strategy");
  }

  /**
   * Where the footprint includes districts whose county council cannot be found ({@link
   * IcbArea#districtsWithUnknownCounty()}) and none of the given organisations is a county council: those districts
   * in words, to say that their county council, a responsible local authority, is missing. Empty where the area
   * has no such district or a county council is among the organisations.
   *
   * @param area the ICB's area
   * @param ids the organisations that appoint a member, or that were given the strategy
   * @param system the system, to look the organisations up in
   */
  static Optional<String> districtsOfAnUnnamedCountyCouncil(IcbArea area, Collection<LocalId> ids,
      IntegratedCareSystem system) {
    if (area.districtsWithUnknownCounty().isEmpty()) {
      return Optional.empty();
    }
    Map<LocalId, Organisation> organisations = system.organisationsById();
    if (ids.stream().map(organisations::get).anyMatch(o -> o != null && IcbArea.isCountyCouncil(o))) {
      return Optional.empty();
    }
    return Optional.of(area.districtsWithUnknownCounty().stream()
        .map(IcpProvisions::describe)
        .collect(Collectors.joining(", ")));
  }
}
