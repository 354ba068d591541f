package io.github.icsmodel.validation.area;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The local authorities of an integrated care board's area, worked out from a system's footprint.
 *
 * <p><b>Responsible local authorities.</b> Section 116ZA(1) of the Local Government and Public Involvement in
 * Health Act 2007 speaks of "each responsible local authority whose area coincides with or falls wholly or partly
 * within the board's area". A footprint authority of a responsible type (s.103: county councils, unitary and
 * metropolitan districts, London boroughs, the City of London, the Isles of Scilly) is one. A non-metropolitan
 * district is not, but it lies in a county that has a county council (that is what the type means), and that
 * county council's area then falls at least partly within the board's area, so the county council is a responsible
 * local authority for the board. The model does not record which county a district is in, so this class learns it
 * in one of two ways:
 *
 * <ul>
 *   <li>the county council is itself in the footprint (so it is responsible in its own right), or
 *   <li>a district-to-county lookup by ONS GSS code (from ONS reference data, which core does not carry; the
 *       serialization module supplies it) names the county, and a county council with that GSS code is among the
 *       configuration's organisations.
 * </ul>
 *
 * <p>A district whose county council cannot be found either way is listed in
 * {@link #districtsWithUnknownCounty()}; rules then make only the inferences that are sound without knowing the
 * county (for example: if no county council at all has appointed a member of the partnership, the district's
 * county council has not).
 *
 * <p><b>Relevant health and wellbeing boards.</b> Section 14Z52(7) of the NHS Act 2006 defines a relevant HWB as
 * "a Health and Wellbeing Board established by a local authority whose area coincides with, or includes the whole
 * or any part of, the area of the integrated care board". The model does not record which local authority
 * established an HWB either. By this library's convention, an HWB organisation carrying the GSS code of a local
 * authority in the configuration is that authority's board. An HWB is relevant unless that link shows its
 * authority to be outside the board's area; an HWB without the link is presumed relevant, since the configuration
 * lists it as part of the system.
 *
 * <p>Computing an instance is linear in the size of the system. Unresolved footprint references are skipped
 * (the structure rules report them).
 */
public final class IcbArea {
  private final ImmutableList<Organisation> footprintAuthorities;
  private final ImmutableMap<LocalId, Organisation> responsibleAuthorities;
  private final ImmutableList<Organisation> districtsWithUnknownCounty;
  private final ImmutableMap<GssCode, Organisation> authoritiesByGssCode;
  private final ImmutableSet<LocalId> areaAuthorities;
  private final ImmutableSet<GssCode> areaCodes;
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  private IcbArea(
      ImmutableList<Organisation> footprintAuthorities,
      ImmutableMap<LocalId, Organisation> responsibleAuthorities,
      ImmutableList<Organisation> districtsWithUnknownCounty,
      ImmutableMap<GssCode, Organisation> authoritiesByGssCode,
      ImmutableMap<GssCode, GssCode> districtCounties) {
    this.footprintAuthorities = footprintAuthorities;
    this.responsibleAuthorities = responsibleAuthorities;
    this.districtsWithUnknownCounty = districtsWithUnknownCounty;
    this.authoritiesByGssCode = authoritiesByGssCode;
    ImmutableSet.Builder<LocalId> area = ImmutableSet.builder();
    footprintAuthorities.forEach(a -> area.add(a.id()));
    area.addAll(responsibleAuthorities.keySet());
    this.areaAuthorities = area.build();
    ImmutableSet.Builder<GssCode> codes = ImmutableSet.builder();
    footprintAuthorities.forEach(a -> a.gssCode().ifPresent(codes::add));
    responsibleAuthorities.values().forEach(a -> a.gssCode().ifPresent(codes::add));
    this.areaCodes = codes.build();
    this.districtCounties = districtCounties;
  }

  /**
   * Works out the area of a system's ICB without a district-to-county lookup.
   *
   * @param system the system
   * @return the area
   */
  public static IcbArea of(IntegratedCareSystem system) {
    return of(system, ImmutableMap.of());
  }

  /**
   * Works out the area of a system's ICB.
   *
   * @param system the system
   * @param districtCounties the county of each non-metropolitan district, by GSS code (district code to county
   *     code); may be empty
   * @return the area
   */
  public static IcbArea of(IntegratedCareSystem system, Map<GssCode, GssCode> districtCounties) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(districtCounties, "districtCounties");
    Map<LocalId, Organisation> organisations = system.organisationsById();
    Map<GssCode, Organisation> byGss = new HashMap<>();
    for (Organisation organisation : system.organisations()) {
      if (organisation.isLocalAuthority() && organisation.gssCode().isPresent()) {
        byGss.putIfAbsent(organisation.gssCode().get(), organisation);
      }
    }
    ImmutableList.Builder<Organisation> footprint = ImmutableList.builder();
    Map<LocalId, Organisation> responsible = new LinkedHashMap<>();
    List<Organisation> districts = new ArrayList<>();
    for (FootprintArea area : system.footprint()) {
      Organisation authority = organisations.get(area.localAuthority());
      if (authority == null || !authority.isLocalAuthority()) {
        continue;
      }
      footprint.add(authority);
      if (authority.isResponsibleLocalAuthority()) {
        responsible.putIfAbsent(authority.id(), authority);
      } else {
        districts.add(authority);
      }
    }
    ImmutableList.Builder<Organisation> unknown = ImmutableList.builder();
    for (Organisation district : districts) {
      Optional<Organisation> county = district.gssCode()
          .map(districtCounties::get)
          .map(byGss::get)
          .filter(c -> c.localAuthorityType().equals(Optional.of(LocalAuthorityType.COUNTY_COUNCIL)));
      if (county.isPresent()) {
        responsible.putIfAbsent(county.get().id(), county.get());
      } else {
        // Even if a county council is in the footprint, it may not be this district's county: without a lookup
        // the two cases cannot be told apart, so the district stays unknown and rules infer only what holds
        // either way.
        unknown.add(district);
      }
    }
    return new IcbArea(footprint.build(), ImmutableMap.copyOf(responsible), unknown.build(),
        ImmutableMap.copyOf(byGss), ImmutableMap.copyOf(districtCounties));
  }

  /**
   * Returns whether an organisation is a county council.
   *
   * @param organisation the organisation
   * @return true for a local authority of type county council
   */
  public static boolean isCountyCouncil(Organisation organisation) {
    return organisation.localAuthorityType().equals(Optional.of(LocalAuthorityType.COUNTY_COUNCIL));
  }

  /**
   * The local authorities named in the footprint, in footprint order.
   *
   * @return the footprint's authorities
   */
  public List<Organisation> footprintAuthorities() {
    return footprintAuthorities;
  }

  /**
   * The responsible local authorities whose areas coincide with or fall wholly or partly within the board's area,
   * as far as they can be found (see the class description), by id in the order found.
   *
   * @return the responsible local authorities
   */
  public Map<LocalId, Organisation> responsibleAuthorities() {
    return responsibleAuthorities;
  }

  /**
   * The non-metropolitan districts in the footprint whose county council could not be identified.
   *
   * @return the districts, in footprint order
   */
  public List<Organisation> districtsWithUnknownCounty() {
    return districtsWithUnknownCounty;
  }

  /**
   * The ids of the local authorities whose area is known to coincide with, fall within or include part of the
   * board's area: the footprint's authorities and the responsible local authorities found.
   *
   * @return the ids
   */
  public Set<LocalId> authorities() {
    return areaAuthorities;
  }

  /**
   * Returns whether a local authority's area might include part of the board's area although this class cannot
   * show it: a county council, when some footprint district's county is unknown.
   *
   * @param authority the local authority
   * @return true if it cannot be ruled out
   */
  public boolean mayInclude(Organisation authority) {
    return areaAuthorities.contains(authority.id())
        || (isCountyCouncil(authority) && !districtsWithUnknownCounty.isEmpty());
  }

  /**
   * Returns whether any of some local authority areas, by GSS code, might coincide with or overlap the board's area,
   * as the footprint shows it; false only when the footprint rules out every one. A code is taken to be within the
   * area when it is the code of an authority of the footprint or of a responsible local authority found for it; a
   * county (E10) cannot be ruled out while a footprint district's county is unknown; a non-metropolitan district
   * (E07) cannot be ruled out when its county is in the area or unknown while the footprint names a county; a code
   * of another kind (not a local authority area) cannot be judged and is never ruled out. With no footprint, nothing
   * is ruled out.
   *
   * @param codes the GSS codes of the areas, such as those a trust serves
   * @return true unless the footprint shows that none of the areas touches the board's area
   */
  public boolean mayIncludeAnyOf(Set<GssCode> codes) {
    if (footprintAuthorities.isEmpty()) {
      return true;
    }
    boolean footprintHasCounty = footprintAuthorities.stream().anyMatch(IcbArea::isCountyCouncil);
    for (GssCode code : codes) {
      if (areaCodes.contains(code)) {
        return true;
      }
      if (code.is(GssEntity.COUNTY)) {
        if (!districtsWithUnknownCounty.isEmpty()) {
          return true;
        }
      } else if (code.is(GssEntity.NON_METROPOLITAN_DISTRICT)) {
        GssCode county = districtCounties.get(code);
        if (county == null ? footprintHasCounty : areaCodes.contains(county)) {
          return true;
        }
      } else if (!code.is(GssEntity.UNITARY_AUTHORITY) && !code.is(GssEntity.METROPOLITAN_DISTRICT)
          && !code.is(GssEntity.LONDON_BOROUGH)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the local authority an organisation is linked to by GSS code, if any: for a health and wellbeing
   * board, the authority that established it, by this library's convention (see the class description).
   *
   * @param organisation the organisation, such as a health and wellbeing board
   * @return the local authority
   */
  public Optional<Organisation> localAuthorityOf(Organisation organisation) {
    return organisation.gssCode().map(authoritiesByGssCode::get);
  }

  /**
   * Returns the relevant health and wellbeing boards (NHS Act 2006 s.14Z52(7)) among the system's organisations:
   * every health and wellbeing board except one whose local authority is known to lie outside the board's area.
   *
   * @param system the system this area was worked out from
   * @return the relevant boards, in organisation order
   */
  public List<Organisation> relevantHealthAndWellbeingBoards(IntegratedCareSystem system) {
    ImmutableList.Builder<Organisation> boards = ImmutableList.builder();
    for (Organisation organisation : system.organisations()) {
      if (organisation.kind() != OrganisationKind.HEALTH_AND_WELLBEING_BOARD) {
        continue;
      }
      Optional<Organisation> authority = localAuthorityOf(organisation);
      if (authority.isEmpty() || mayInclude(authority.get())) {
        boards.add(organisation);
      }
    }
    return boards.build();
  }
}
