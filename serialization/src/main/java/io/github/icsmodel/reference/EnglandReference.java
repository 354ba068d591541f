package io.github.icsmodel.reference;

import static io.github.icsmodel.reference.ReferenceIndex.notFound;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.validation.AreaFacts;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * The England reference data in time: every integrated care board with the dates it existed (the 42 from 1 July
 * 2022 to 31 March 2026, the 36 from 1 April 2026), the 16 successions of 1 April 2026, the 7 NHS England regions,
 * the 106 sub-ICB locations and each ICB's area by local authority, in the three editions of the ONS geography
 * ({@link Geography}), with look-ups.
 *
 * <p>Every answer is as of a date: {@link #icbs(LocalDate)} gives the ICBs that existed on a day (42 on
 * 2026-03-31, 36 on 2026-04-01), {@link Geography#on(LocalDate)} the edition of the geography in force, and
 * {@link #successorsOf(ReferenceIcb)} and {@link #predecessorsOf(ReferenceIcb)} follow the successions both ways.
 * Look-ups by code ({@link #findIcb(OdsCode)}) find an ICB of any date, abolished or not.
 *
 * <p>Obtain it with {@link #load()}, which reads the shipped data once, on first use (a compact form the build
 * makes of the CSV files, each edition decoded when first asked about), and returns the same
 * immutable, thread-safe instance thereafter. Look-ups named {@code find...} return {@link Optional#empty()} when
 * nothing matches; the {@code get...} variants throw {@link InvalidValueException} naming what was asked for.
 *
 * <p>The data are derived from ONS Open Geography Portal products under the Open Government Licence v3.0; see
 * {@code SOURCES.md} beside the CSV files for provenance and caveats. The April 2026 districts of each ICB are
 * derived from the April 2024 ones and the successions; the part derived by county rather than from a published
 * lookup (the split of NHS Frimley ICB) is marked {@link DistrictShare#derived()}. Changes announced for 1 April
 * 2027 are not confirmed and are not in the data.
 */
public final class EnglandReference {

  /** The shipped data: the snapshot the build makes of the CSV files, or the files themselves without one. */
  private static final Supplier<EnglandReference> INSTANCE =
      Suppliers.memoize(() -> ReferenceSnapshot.readShipped().orElseGet(ReferenceReader::read));

  private final ReferenceIndex data;

  /** Indexes the reference data; each edition's tables are read and indexed on the first call that needs them. */
  EnglandReference(List<NhsRegion> regions, List<ReferenceIcb> icbs,
      Map<Geography, ? extends java.util.function.Supplier<EditionTables>> tables, List<Succession> successions) {
    this.data = new ReferenceIndex(regions, icbs, tables, successions);
  }

  /** The indexes, for {@link ReferenceSnapshot}. */
  ReferenceIndex index() {
    return data;
  }

  /**
   * Returns the England reference data, reading the shipped files on the first call.
   *
   * @return the reference data; the same instance on every call
   * @throws IcsException if the shipped files are missing or inconsistent, which is a packaging bug
   */
  public static EnglandReference load() {
    return INSTANCE.get();
  }

  // ---------------------------------------------------------------------------------------------------- ICBs

  /**
   * Returns every integrated care board of any date, abolished or not: the 42 established on 1 July 2022 and the
   * six established on 1 April 2026, in the order of their first ONS codes. Most callers want
   * {@link #icbs(LocalDate)}.
   *
   * @return the 48 ICBs
   */
  public List<ReferenceIcb> icbs() {
    return data.icbs;
  }

  /**
   * Returns the integrated care boards that existed on a day, in the order of their ONS codes on that day: the 42
   * from 1 July 2022 to 31 March 2026, the 36 from 1 April 2026, none before 1 July 2022.
   *
   * @param asOf the day
   * @return the ICBs of that day
   * @throws NullPointerException if asOf is null
   */
  public List<ReferenceIcb> icbs(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return data.icbs.stream().filter(icb -> icb.isValidOn(asOf))
        .sorted(Comparator.comparing(icb -> icb.onsCodeOn(asOf).orElseThrow()))
        .collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------------------------------- successions

  /**
   * Returns every succession event in the data, in date order: the 16 of 1 April 2026.
   *
   * @return the successions
   */
  public List<Succession> successions() {
    return data.successions;
  }

  /**
   * Returns the events in which an ICB's area, or part of it, passed to other ICBs: for NHS Frimley ICB (QNQ)
   * three, to Surrey and Sussex, Thames Valley, and Hampshire and Isle of Wight. Each event's
   * {@link Succession#successor()} is a successor.
   *
   * @param predecessor an ICB of this reference data
   * @return the events, empty for an ICB whose area never passed to another
   * @throws InvalidValueException if the ICB is not one of {@link #icbs()}
   * @throws NullPointerException if predecessor is null
   */
  public List<Succession> successorsOf(ReferenceIcb predecessor) {
    return data.successionsByPredecessor.get(data.known(predecessor).odsCode());
  }

  /**
   * Returns the events in which an ICB took over the area, or part of the area, of other ICBs: for NHS Central East
   * ICB (S1Y5D) three, from Bedfordshire, Luton and Milton Keynes, Cambridgeshire and Peterborough, and
   * Hertfordshire and West Essex. Each event's {@link Succession#predecessor()} is a predecessor.
   *
   * @param successor an ICB of this reference data
   * @return the events, empty for an ICB that took over no other's area
   * @throws InvalidValueException if the ICB is not one of {@link #icbs()}
   * @throws NullPointerException if successor is null
   */
  public List<Succession> predecessorsOf(ReferenceIcb successor) {
    return data.successionsBySuccessor.get(data.known(successor).odsCode());
  }

  /**
   * Finds an ICB by its ODS code.
   *
   * @param odsCode an ODS code, such as {@code QYG}
   * @return the ICB, or empty if no ICB has that code
   * @throws NullPointerException if odsCode is null
   */
  public Optional<ReferenceIcb> findIcb(OdsCode odsCode) {
    return Optional.ofNullable(data.icbsByOds.get(Objects.requireNonNull(odsCode, "odsCode")));
  }

  /**
   * Finds an ICB by an ONS code of any date: E54000052 and E54000063 both find NHS Surrey Heartlands ICB.
   *
   * @param onsCode an ONS code, such as {@code E54000008}
   * @return the ICB, or empty if no ICB has or had that code
   * @throws NullPointerException if onsCode is null
   */
  public Optional<ReferenceIcb> findIcb(GssCode onsCode) {
    return Optional.ofNullable(data.icbsByOns.get(Objects.requireNonNull(onsCode, "onsCode")));
  }

  /**
   * Finds an ICB by its exact name, ignoring case, such as "NHS Cheshire and Merseyside Integrated Care Board".
   *
   * @param name the full name
   * @return the ICB, or empty if no ICB has that name
   * @throws NullPointerException if name is null
   */
  public Optional<ReferenceIcb> findIcbByName(String name) {
    return Optional.ofNullable(data.icbsByName.get(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the ICB with an ODS code.
   *
   * @param odsCode an ODS code
   * @return the ICB
   * @throws InvalidValueException if no ICB has that code
   * @throws NullPointerException if odsCode is null
   */
  public ReferenceIcb getIcb(OdsCode odsCode) {
    return findIcb(odsCode).orElseThrow(() -> notFound("integrated care board with ODS code " + odsCode));
  }

  /**
   * Returns the ICB with an ONS code of either edition.
   *
   * @param onsCode an ONS code
   * @return the ICB
   * @throws InvalidValueException if no ICB has or had that code
   * @throws NullPointerException if onsCode is null
   */
  public ReferenceIcb getIcb(GssCode onsCode) {
    return findIcb(onsCode).orElseThrow(() -> notFound("integrated care board with ONS code " + onsCode));
  }

  /**
   * Returns the ICB with an exact name, ignoring case.
   *
   * @param name the full name
   * @return the ICB
   * @throws InvalidValueException if no ICB has that name
   * @throws NullPointerException if name is null
   */
  public ReferenceIcb getIcbByName(String name) {
    return findIcbByName(name).orElseThrow(() -> notFound("integrated care board named \"" + name + "\""));
  }

  /**
   * Returns the ICBs of any date in an NHS England region, in the order of their first ONS codes.
   *
   * @param region a region of this reference data
   * @return the region's ICBs
   * @throws InvalidValueException if the region is not one of {@link #regions()}
   * @throws NullPointerException if region is null
   */
  public List<ReferenceIcb> icbsIn(NhsRegion region) {
    Objects.requireNonNull(region, "region");
    return data.icbsByRegion.get(ReferenceIndex.known(region, data.regionsByOds.get(region.odsCode())).odsCode());
  }

  /**
   * Returns the ICBs in an NHS England region on a day, in the order of their ONS codes on that day.
   *
   * @param region a region of this reference data
   * @param asOf the day
   * @return the region's ICBs on that day
   * @throws InvalidValueException if the region is not one of {@link #regions()}
   * @throws NullPointerException if an argument is null
   */
  public List<ReferenceIcb> icbsIn(NhsRegion region, LocalDate asOf) {
    List<ReferenceIcb> inRegion = icbsIn(region);
    return icbs(asOf).stream().filter(inRegion::contains).collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------------------------------------- regions

  /**
   * Returns the 7 NHS England regions, in the order of their ONS codes.
   *
   * @return the regions
   */
  public List<NhsRegion> regions() {
    return data.regions;
  }

  /**
   * Finds a region by its ONS code or by a former ONS code: E40000008 and E40000011 both find Midlands.
   *
   * @param onsCode an ONS code
   * @return the region, or empty if no region has or had that code
   * @throws NullPointerException if onsCode is null
   */
  public Optional<NhsRegion> findRegion(GssCode onsCode) {
    return Optional.ofNullable(data.regionsByOns.get(Objects.requireNonNull(onsCode, "onsCode")));
  }

  /**
   * Finds a region by its ODS code, such as {@code Y62}.
   *
   * @param odsCode an ODS code
   * @return the region, or empty if no region has that code
   * @throws NullPointerException if odsCode is null
   */
  public Optional<NhsRegion> findRegion(OdsCode odsCode) {
    return Optional.ofNullable(data.regionsByOds.get(Objects.requireNonNull(odsCode, "odsCode")));
  }

  /**
   * Returns the region with an ONS code or former ONS code.
   *
   * @param onsCode an ONS code
   * @return the region
   * @throws InvalidValueException if no region has or had that code
   * @throws NullPointerException if onsCode is null
   */
  public NhsRegion getRegion(GssCode onsCode) {
    return findRegion(onsCode).orElseThrow(() -> notFound("NHS England region with ONS code " + onsCode));
  }

  /**
   * Returns the region with an ODS code.
   *
   * @param odsCode an ODS code
   * @return the region
   * @throws InvalidValueException if no region has that code
   * @throws NullPointerException if odsCode is null
   */
  public NhsRegion getRegion(OdsCode odsCode) {
    return findRegion(odsCode).orElseThrow(() -> notFound("NHS England region with ODS code " + odsCode));
  }

  // -------------------------------------------------------------------------------------- sub-ICB locations

  /**
   * Returns the 106 sub-ICB locations of an edition, in the order of the shipped file.
   *
   * @param edition the edition
   * @return the sub-ICB locations
   * @throws NullPointerException if edition is null
   */
  public List<SubIcbLocation> subIcbLocations(Geography edition) {
    return data.tables(edition).subIcbLocations;
  }

  /**
   * Returns the sub-ICB locations of one ICB in an edition.
   *
   * @param icb an ICB of this reference data
   * @param edition the edition
   * @return the ICB's sub-ICB locations, at least one
   * @throws InvalidValueException if the ICB is not one of {@link #icbs()}
   * @throws NullPointerException if an argument is null
   */
  public List<SubIcbLocation> subIcbLocations(ReferenceIcb icb, Geography edition) {
    return data.edition(edition).subIcbLocationsByIcb.get(data.known(icb).odsCode());
  }

  /**
   * Finds a sub-ICB location of an edition by its ODS code, such as {@code 02P}.
   *
   * @param odsCode an ODS code
   * @param edition the edition
   * @return the sub-ICB location, or empty if none in that edition has that code
   * @throws NullPointerException if an argument is null
   */
  public Optional<SubIcbLocation> findSubIcbLocation(OdsCode odsCode, Geography edition) {
    return Optional.ofNullable(
        data.edition(edition).subIcbLocationsByOds.get(Objects.requireNonNull(odsCode, "odsCode")));
  }

  /**
   * Finds a sub-ICB location of an edition by its ONS code in that edition.
   *
   * @param onsCode an ONS code, such as {@code E38000006}
   * @param edition the edition
   * @return the sub-ICB location, or empty if none in that edition has that code
   * @throws NullPointerException if an argument is null
   */
  public Optional<SubIcbLocation> findSubIcbLocation(GssCode onsCode, Geography edition) {
    return Optional.ofNullable(
        data.edition(edition).subIcbLocationsByOns.get(Objects.requireNonNull(onsCode, "onsCode")));
  }

  /**
   * Returns the sub-ICB location of an edition with an ODS code.
   *
   * @param odsCode an ODS code
   * @param edition the edition
   * @return the sub-ICB location
   * @throws InvalidValueException if none in that edition has that code
   * @throws NullPointerException if an argument is null
   */
  public SubIcbLocation getSubIcbLocation(OdsCode odsCode, Geography edition) {
    return findSubIcbLocation(odsCode, edition)
        .orElseThrow(() -> notFound("sub-ICB location with ODS code " + odsCode + " in the " + edition + " edition"));
  }

  /**
   * Returns the sub-ICB location of an edition with an ONS code.
   *
   * @param onsCode an ONS code
   * @param edition the edition
   * @return the sub-ICB location
   * @throws InvalidValueException if none in that edition has that code
   * @throws NullPointerException if an argument is null
   */
  public SubIcbLocation getSubIcbLocation(GssCode onsCode, Geography edition) {
    return findSubIcbLocation(onsCode, edition)
        .orElseThrow(() -> notFound("sub-ICB location with ONS code " + onsCode + " in the " + edition + " edition"));
  }

  // --------------------------------------------------------------------------------------------- footprints

  /**
   * Returns an ICB's area in an edition, described by local authority.
   *
   * @param icb an ICB of this reference data
   * @param edition the edition
   * @return the footprint
   * @throws InvalidValueException if the ICB is not one of {@link #icbs()} or did not exist in that edition
   * @throws NullPointerException if an argument is null
   */
  public IcbFootprint footprint(ReferenceIcb icb, Geography edition) {
    IcbFootprint footprint = data.edition(edition).footprints.get(data.known(icb).odsCode());
    if (footprint == null) {
      throw new InvalidValueException(icb + " is not an ICB of the " + edition + " edition: it existed from "
          + icb.validFrom() + icb.validTo().map(to -> " to " + to).orElse(""));
    }
    return footprint;
  }

  /**
   * Returns the responsible local authorities of an ICB's area in an edition, under s.103 of the Local Government
   * and Public Involvement in Health Act 2007: the county councils and single-tier authorities whose areas are
   * wholly or partly in the ICB's area. Short for {@code footprint(icb, edition).responsibleLocalAuthorities()}.
   *
   * @param icb an ICB of this reference data
   * @param edition the edition
   * @return the responsible local authorities, in the order of their GSS codes
   * @throws InvalidValueException if the ICB is not one of {@link #icbs()}
   * @throws NullPointerException if an argument is null
   */
  public List<LocalAuthorityArea> responsibleLocalAuthorities(ReferenceIcb icb, Geography edition) {
    return footprint(icb, edition).responsibleLocalAuthorities();
  }

  /**
   * Returns every (ICB, district) share of an edition, in the order of ICB ONS code and then district code.
   *
   * @param edition the edition
   * @return the district shares: 321 in {@link Geography#JULY_2022}, 310 in {@link Geography#APRIL_2024}, fewer in
   *     {@link Geography#APRIL_2026}, where merged ICBs no longer split districts between them
   * @throws NullPointerException if edition is null
   */
  public List<DistrictShare> districtShares(Geography edition) {
    return data.tables(edition).districtShares;
  }

  /**
   * Returns every (ICB, upper-tier authority) share of an edition, in the order of ICB ONS code and then authority
   * code.
   *
   * @param edition the edition
   * @return the upper-tier shares
   * @throws NullPointerException if edition is null
   */
  public List<UpperTierShare> upperTierShares(Geography edition) {
    return data.tables(edition).upperTierShares;
  }

  /**
   * Finds the ICB or ICBs whose areas include a local authority's area in an edition, with its share in each. The
   * code may be of a district, a county or a single-tier authority.
   *
   * @param localAuthority the local authority's GSS code, such as {@code E07000244} (East Suffolk)
   * @param edition the edition
   * @return the coverage, or empty if the code is not a local authority of that edition
   * @throws NullPointerException if an argument is null
   */
  public Optional<LocalAuthorityCoverage> findCoverage(GssCode localAuthority, Geography edition) {
    return Optional.ofNullable(
        data.edition(edition).coverage.get(Objects.requireNonNull(localAuthority, "localAuthority")));
  }

  /**
   * Returns the ICB or ICBs whose areas include a local authority's area in an edition.
   *
   * @param localAuthority the local authority's GSS code
   * @param edition the edition
   * @return the coverage
   * @throws InvalidValueException if the code is not a local authority of that edition
   * @throws NullPointerException if an argument is null
   */
  public LocalAuthorityCoverage getCoverage(GssCode localAuthority, Geography edition) {
    return findCoverage(localAuthority, edition)
        .orElseThrow(() -> notFound("local authority with GSS code " + localAuthority + " in the " + edition
            + " edition"));
  }

  /**
   * Returns the facts about England's local government geography in an edition that the built-in validation rules
   * can use: the county of each non-metropolitan district, every district, and the successors of each abolished ICB
   * (named as {@code reference.icb-identity} names them). Pass them to
   * {@link io.github.icsmodel.validation.RuleSet#all(AreaFacts)}.
   *
   * @param edition the edition
   * @return the facts
   * @throws NullPointerException if edition is null
   */
  public AreaFacts areaFacts(Geography edition) {
    Map<GssCode, GssCode> counties = new LinkedHashMap<>();
    Set<GssCode> districts = new LinkedHashSet<>();
    for (DistrictShare share : districtShares(edition)) {
      districts.add(share.district().code());
      if (share.district().type() == LocalAuthorityType.NON_METROPOLITAN_DISTRICT) {
        counties.put(share.district().code(), share.upperTier().code());
      }
    }
    Map<OdsCode, String> successors = new LinkedHashMap<>();
    for (ReferenceIcb icb : data.icbs) {
      if (icb.validTo().isPresent()) {
        successors.put(icb.odsCode(), IcbIdentityRule.successors(this, icb));
      }
    }
    return AreaFacts.of(counties, districts).withIcbSuccessors(successors);
  }

  /** Returns a summary of what is loaded. */
  @Override
  public String toString() {
    return "EnglandReference[" + data.icbs.size() + " ICBs, " + data.successions.size() + " successions, "
        + data.regions.size() + " regions, editions " + data.editions.keySet() + "]";
  }
}
