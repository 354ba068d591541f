package io.github.icsmodel.validation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Facts about England's local government geography that some rules need and that a configuration does not state:
 * the county of each non-metropolitan district (the county council, not the district, is the responsible local
 * authority under s.103 of the Local Government and Public Involvement in Health Act 2007), and the set of all
 * of England's local authority districts (for s.14Z25(4) of the NHS Act 2006: ICB areas together cover England),
 * and the successors of each abolished ICB (so that {@code icb.dissolved} names them whatever the configuration
 * records).
 *
 * <p>The core library holds no reference data. The {@code ics-serialization} module builds these facts from the ONS
 * reference data it ships. Instances are immutable.
 */
public final class AreaFacts {
  private static final AreaFacts NONE = new AreaFacts(ImmutableMap.of(), ImmutableSet.of(), ImmutableMap.of());

  private final ImmutableMap<GssCode, GssCode> districtCounties;
  private final ImmutableSet<GssCode> englandDistricts;
  private final ImmutableMap<OdsCode, String> icbSuccessors;

  private AreaFacts(
      ImmutableMap<GssCode, GssCode> districtCounties,
      ImmutableSet<GssCode> englandDistricts,
      ImmutableMap<OdsCode, String> icbSuccessors) {
    this.districtCounties = districtCounties;
    this.englandDistricts = englandDistricts;
    this.icbSuccessors = icbSuccessors;
  }

  /**
   * Returns no facts: rules that would use them check only what the configuration itself shows.
   *
   * @return the empty facts
   */
  public static AreaFacts none() {
    return NONE;
  }

  /**
   * Returns facts.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's code
   * @param englandDistricts the GSS codes of all of England's local authority districts
   * @return the facts
   */
  public static AreaFacts of(Map<GssCode, GssCode> districtCounties, Set<GssCode> englandDistricts) {
    return new AreaFacts(
        ImmutableMap.copyOf(Objects.requireNonNull(districtCounties, "districtCounties")),
        ImmutableSet.copyOf(Objects.requireNonNull(englandDistricts, "englandDistricts")),
        ImmutableMap.of());
  }

  /**
   * Returns these facts with the successors of abolished ICBs.
   *
   * @param icbSuccessors by the ODS code of each abolished ICB, the ICBs that took over its area as the reference
   *     data name them, such as "part of NHS Essex ICB (…, from 2026-04-01) and part of …"
   * @return the facts
   */
  public AreaFacts withIcbSuccessors(Map<OdsCode, String> icbSuccessors) {
    return new AreaFacts(districtCounties, englandDistricts,
        ImmutableMap.copyOf(Objects.requireNonNull(icbSuccessors, "icbSuccessors")));
  }

  /**
   * The county of each non-metropolitan district.
   *
   * @return the lookup, by district code
   */
  public Map<GssCode, GssCode> districtCounties() {
    return districtCounties;
  }

  /**
   * All of England's local authority districts; empty when not known.
   *
   * @return the district codes
   */
  public Set<GssCode> englandDistricts() {
    return englandDistricts;
  }

  /**
   * The successors of each abolished ICB, as the reference data name them; empty when not known.
   *
   * @return the successors, by the abolished ICB's ODS code
   */
  public Map<OdsCode, String> icbSuccessors() {
    return icbSuccessors;
  }
}
