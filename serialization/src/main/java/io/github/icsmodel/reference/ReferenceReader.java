package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.organisation.LocalAuthorityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the shipped CSV files into reference records, checking as it goes that every row refers to things the
 * other files define and repeats them consistently (same ICB name for the same ODS code, same local authority
 * name and type for the same GSS code, percentages and split flags that agree with the counts).
 */
final class ReferenceReader {

  /**
   * The ONS codes of two NHS regions before the July 2022 edition (NHSER21), from SOURCES.md section 2: geographr's
   * {@code lookup_nhs_trusts22_nhs_region21} and a public migration both give Midlands (Y60) as E40000008 and North
   * East and Yorkshire (Y63) as E40000009. No CSV carries them, so they are stated here.
   */
  private static final Map<String, String> FORMER_REGION_CODES = Map.of("Y60", "E40000008", "Y63", "E40000009");

  private static final Comparator<LocalAuthorityShare> BY_ICB_THEN_AUTHORITY =
      Comparator.<LocalAuthorityShare, GssCode>comparing(share -> share.icb().onsCode(share.edition()))
          .thenComparing(share -> share.localAuthority().code());

  private ReferenceReader() {}

  static EnglandReference read() {
    List<NhsRegion> regions = readRegions();
    List<ReferenceIcb> icbs = readIcbs(regions);
    Map<OdsCode, ReferenceIcb> icbsByOds = new HashMap<>();
    icbs.forEach(icb -> icbsByOds.put(icb.odsCode(), icb));

    Map<Geography, List<SubIcbLocation>> subIcbLocations = new EnumMap<>(Geography.class);
    subIcbLocations.put(Geography.JULY_2022, readSubIcbLocations(Geography.JULY_2022, "sub_icb_locations.csv",
        new String[] {"loc22cd", "loc22cdh", "loc22nm", "icb22cd", "icb22cdh", "icb22nm", "nhser22cd",
            "nhser22cdh", "nhser22nm"}, icbsByOds));
    subIcbLocations.put(Geography.APRIL_2024, readSubIcbLocations(Geography.APRIL_2024,
        "sub_icb_locations_2024.csv",
        new String[] {"sicbl24cd", "sicbl24cdh", "sicbl24nm", "icb24cd", "icb24cdh", "icb24nm"}, icbsByOds));

    Map<Geography, List<DistrictShare>> districtShares = new EnumMap<>(Geography.class);
    Map<Geography, List<UpperTierShare>> upperTierShares = new EnumMap<>(Geography.class);
    Map<GssCode, LocalAuthorityArea> areas2022 = new HashMap<>();
    List<DistrictShare> districts2022 = readDistrictShares(Geography.JULY_2022, "icb_local_authorities.csv",
        new String[] {"icb_ons_code", "icb_ods_code", "icb_name", "lad22cd", "lad22nm", "lad_type", "utla_code",
            "utla_name", "utla_type", "lsoa11_in_icb", "lsoa11_in_lad", "lad_pct_in_icb", "lad_split_across_icbs"},
        icbsByOds, areas2022);
    districtShares.put(Geography.JULY_2022, districts2022);
    upperTierShares.put(Geography.JULY_2022, readUpperTierShares(districts2022, icbsByOds, areas2022));
    List<DistrictShare> districts2024 = readDistrictShares(Geography.APRIL_2024, "icb_local_authorities_2024.csv",
        new String[] {"icb24_ons_code", "icb24_ods_code", "icb24_name", "lad24cd", "lad24nm", "lad_type",
            "utla_code", "utla_name", "utla_type", "lsoa21_in_icb", "lsoa21_in_lad", "lad_pct_in_icb",
            "lad_split_across_icbs"},
        icbsByOds, new HashMap<>());
    districtShares.put(Geography.APRIL_2024, districts2024);
    upperTierShares.put(Geography.APRIL_2024, deriveUpperTierShares(districts2024));

    try {
      return new EnglandReference(regions, icbs, subIcbLocations, districtShares, upperTierShares);
    } catch (InvalidValueException e) {
      throw new IcsException("England reference data: the files do not fit together: " + e.getMessage(), e);
    }
  }

  private static List<NhsRegion> readRegions() {
    List<NhsRegion> regions = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("regions.csv", "ons_code", "ods_code", "name")) {
      OdsCode ods = row.ods("ods_code");
      ImmutableNhsRegion.Builder region = ImmutableNhsRegion.builder()
          .onsCode(row.gss("ons_code"))
          .odsCode(ods)
          .name(row.text("name"));
      String former = FORMER_REGION_CODES.get(ods.toString());
      if (former != null) {
        region.addFormerOnsCode(DatedGssCode.of(GssCode.of(former), Optional.empty(),
            Optional.of(Geography.JULY_2022.validFrom().minusDays(1))));
      }
      regions.add(build(row, region::build));
    }
    for (String ods : FORMER_REGION_CODES.keySet()) {
      if (regions.stream().noneMatch(region -> region.odsCode().toString().equals(ods))) {
        throw new IcsException("England reference data: regions.csv has no region " + ods);
      }
    }
    return regions;
  }

  private static List<ReferenceIcb> readIcbs(List<NhsRegion> regions) {
    Map<OdsCode, ReferenceCsv.Row> codes = new LinkedHashMap<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("icb_ons_codes_2022_vs_2024.csv",
        "ods_code", "name", "ons_code_2022", "ons_code_2024", "status")) {
      if (codes.put(row.ods("ods_code"), row) != null) {
        throw row.problem("ods_code", "appears twice");
      }
    }
    List<ReferenceIcb> icbs = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("icbs.csv",
        "ons_code", "ods_code", "name", "nhs_region_ons_code", "nhs_region_ods_code", "nhs_region_name")) {
      OdsCode ods = row.ods("ods_code");
      GssCode regionCode = row.gss("nhs_region_ons_code");
      NhsRegion region = regions.stream().filter(r -> r.onsCode().equals(regionCode)).findFirst()
          .orElseThrow(() -> row.problem("nhs_region_ons_code", regionCode + " is not in regions.csv"));
      if (!region.odsCode().equals(row.ods("nhs_region_ods_code"))
          || !region.name().equals(row.text("nhs_region_name"))) {
        throw row.problem("region " + regionCode + " does not match regions.csv (" + region + ")");
      }
      ReferenceCsv.Row dated = codes.remove(ods);
      if (dated == null) {
        throw row.problem("ods_code", ods + " is not in icb_ons_codes_2022_vs_2024.csv");
      }
      GssCode code2022 = dated.gss("ons_code_2022");
      GssCode code2024 = dated.gss("ons_code_2024");
      if (!code2022.equals(row.gss("ons_code")) || !dated.text("name").equals(row.text("name"))) {
        throw dated.problem("ICB " + ods + " does not match icbs.csv");
      }
      String status = dated.text("status");
      if (!status.equals(code2022.equals(code2024) ? "unchanged" : "changed")) {
        throw dated.problem("status", "\"" + status + "\" does not agree with the two codes");
      }
      ImmutableReferenceIcb.Builder icb = ImmutableReferenceIcb.builder()
          .odsCode(ods)
          .name(row.text("name"))
          .region(region);
      if (code2022.equals(code2024)) {
        icb.addOnsCode(DatedGssCode.of(code2022, Optional.of(Geography.JULY_2022.validFrom()), Optional.empty()));
      } else {
        icb.addOnsCode(DatedGssCode.of(code2022, Optional.of(Geography.JULY_2022.validFrom()),
            Geography.JULY_2022.validTo()));
        icb.addOnsCode(DatedGssCode.of(code2024, Optional.of(Geography.APRIL_2024.validFrom()), Optional.empty()));
      }
      icbs.add(build(row, icb::build));
    }
    if (!codes.isEmpty()) {
      throw new IcsException("England reference data: icb_ons_codes_2022_vs_2024.csv lists ICBs not in icbs.csv: "
          + codes.keySet());
    }
    return icbs;
  }

  private static List<SubIcbLocation> readSubIcbLocations(
      Geography edition, String file, String[] header, Map<OdsCode, ReferenceIcb> icbs) {
    List<SubIcbLocation> locations = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read(file, header)) {
      ReferenceIcb icb = icb(row, edition, header[3], header[4], header[5], icbs);
      if (header.length > 6) {
        NhsRegion region = icb.region();
        if (!region.onsCode().equals(row.gss(header[6])) || !region.odsCode().equals(row.ods(header[7]))
            || !region.name().equals(row.text(header[8]))) {
          throw row.problem("the region does not match the region of " + icb + " in icbs.csv");
        }
      }
      locations.add(build(row, () -> ImmutableSubIcbLocation.builder()
          .edition(edition)
          .onsCode(row.gss(header[0]))
          .odsCode(row.ods(header[1]))
          .name(row.text(header[2]))
          .icb(icb)
          .build()));
    }
    return locations;
  }

  private static List<DistrictShare> readDistrictShares(Geography edition, String file, String[] header,
      Map<OdsCode, ReferenceIcb> icbs, Map<GssCode, LocalAuthorityArea> areas) {
    List<DistrictShare> shares = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read(file, header)) {
      ReferenceIcb icb = icb(row, edition, header[0], header[1], header[2], icbs);
      LocalAuthorityArea district = area(row, header[3], header[4], header[5], areas);
      LocalAuthorityArea upperTier = area(row, "utla_code", "utla_name", "utla_type", areas);
      DistrictShare share = build(row, () -> ImmutableDistrictShare.builder()
          .edition(edition)
          .icb(icb)
          .district(district)
          .upperTier(upperTier)
          .lsoasInIcb(row.count(header[9]))
          .lsoasInDistrict(row.count(header[10]))
          .build());
      checkShare(row, share, header[11], header[12]);
      shares.add(share);
    }
    shares.sort(BY_ICB_THEN_AUTHORITY);
    return shares;
  }

  /**
   * Reads {@code icb_upper_tier_local_authorities.csv}, resolving each county's {@code districts_in_icb} (names
   * joined by "; ") against the district shares of the same ICB and county, which must list exactly those names.
   */
  private static List<UpperTierShare> readUpperTierShares(
      List<DistrictShare> districts, Map<OdsCode, ReferenceIcb> icbs, Map<GssCode, LocalAuthorityArea> areas) {
    Geography edition = Geography.JULY_2022;
    List<UpperTierShare> shares = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("icb_upper_tier_local_authorities.csv",
        "icb_ons_code", "icb_ods_code", "icb_name", "utla_code", "utla_name", "utla_type", "lsoa11_in_icb",
        "lsoa11_in_utla", "utla_pct_in_icb", "utla_split_across_icbs", "districts_in_icb")) {
      ReferenceIcb icb = icb(row, edition, "icb_ons_code", "icb_ods_code", "icb_name", icbs);
      LocalAuthorityArea upperTier = area(row, "utla_code", "utla_name", "utla_type", areas);
      List<LocalAuthorityArea> inIcb = districts.stream()
          .filter(share -> share.icb().equals(icb) && share.upperTier().equals(upperTier))
          .map(DistrictShare::district)
          .collect(Collectors.toList());
      String names = row.raw("districts_in_icb");
      List<String> expected = upperTier.isDistrict() ? List.of()
          : inIcb.stream().map(LocalAuthorityArea::name).sorted().collect(Collectors.toList());
      List<String> listed = names.isEmpty() ? List.of() : List.of(names.split("; ", -1));
      if (!new TreeSet<>(listed).equals(new TreeSet<>(expected)) || listed.size() != expected.size()) {
        throw row.problem("districts_in_icb", "lists " + listed + " but icb_local_authorities.csv has "
            + expected);
      }
      UpperTierShare share = build(row, () -> ImmutableUpperTierShare.builder()
          .edition(edition)
          .icb(icb)
          .upperTier(upperTier)
          .lsoasInIcb(row.count("lsoa11_in_icb"))
          .lsoasInUpperTier(row.count("lsoa11_in_utla"))
          .districts(inIcb)
          .build());
      checkShare(row, share, "utla_pct_in_icb", "utla_split_across_icbs");
      shares.add(share);
    }
    shares.sort(BY_ICB_THEN_AUTHORITY);
    return shares;
  }

  /**
   * Sums district shares into upper-tier shares: for each ICB and upper-tier authority, the LSOAs of its districts
   * in the ICB, out of the LSOAs of all its districts. This is how {@code icb_upper_tier_local_authorities.csv} was
   * made for 2022, and how the 2024 edition, for which no such file is shipped, gets its upper tiers.
   *
   * @param districts the district shares of one edition
   * @return the upper-tier shares, ordered by ICB and authority code
   */
  static List<UpperTierShare> deriveUpperTierShares(List<DistrictShare> districts) {
    Map<LocalAuthorityArea, Map<LocalAuthorityArea, Integer>> wholeDistricts = new HashMap<>();
    Map<List<Object>, List<DistrictShare>> byIcbAndUpperTier = new LinkedHashMap<>();
    for (DistrictShare share : districts) {
      wholeDistricts.computeIfAbsent(share.upperTier(), k -> new HashMap<>())
          .put(share.district(), share.lsoasInDistrict());
      byIcbAndUpperTier.computeIfAbsent(List.of(share.edition(), share.icb(), share.upperTier()),
          k -> new ArrayList<>()).add(share);
    }
    List<UpperTierShare> shares = new ArrayList<>();
    for (List<DistrictShare> group : byIcbAndUpperTier.values()) {
      DistrictShare first = group.get(0);
      shares.add(ImmutableUpperTierShare.builder()
          .edition(first.edition())
          .icb(first.icb())
          .upperTier(first.upperTier())
          .lsoasInIcb(group.stream().mapToInt(DistrictShare::lsoasInIcb).sum())
          .lsoasInUpperTier(wholeDistricts.get(first.upperTier()).values().stream().mapToInt(i -> i).sum())
          .districts(group.stream().map(DistrictShare::district).collect(Collectors.toList()))
          .build());
    }
    shares.sort(BY_ICB_THEN_AUTHORITY);
    return ImmutableList.copyOf(shares);
  }

  private static ReferenceIcb icb(ReferenceCsv.Row row, Geography edition, String onsColumn, String odsColumn,
      String nameColumn, Map<OdsCode, ReferenceIcb> icbs) {
    OdsCode ods = row.ods(odsColumn);
    ReferenceIcb icb = icbs.get(ods);
    if (icb == null) {
      throw row.problem(odsColumn, "no ICB " + ods + " in icbs.csv");
    }
    if (!icb.onsCode(edition).equals(row.gss(onsColumn)) || !icb.name().equals(row.text(nameColumn))) {
      throw row.problem("ICB " + row.gss(onsColumn) + " " + row.text(nameColumn) + " does not match " + icb
          + " with ONS code " + icb.onsCode(edition) + " in the " + edition + " edition");
    }
    return icb;
  }

  /**
   * Reads a local authority from three columns, and checks that every row naming its code in this edition gives
   * the same name and type.
   */
  private static LocalAuthorityArea area(ReferenceCsv.Row row, String codeColumn, String nameColumn,
      String typeColumn, Map<GssCode, LocalAuthorityArea> areas) {
    GssCode code = row.gss(codeColumn);
    LocalAuthorityArea area = build(row, () -> ImmutableLocalAuthorityArea.builder()
        .code(code)
        .name(row.text(nameColumn))
        .type(typeOf(row, typeColumn, code))
        .build());
    LocalAuthorityArea known = areas.putIfAbsent(code, area);
    if (known != null && !known.equals(area)) {
      throw row.problem(codeColumn, area + " (" + area.type() + ") contradicts an earlier row: " + known + " ("
          + known.type() + ")");
    }
    return known == null ? area : known;
  }

  /**
   * Maps the {@code lad_type}/{@code utla_type} labels, which the files derive from the GSS prefix, to the council
   * types of s.103; the City of London and the Isles of Scilly, labelled "London borough" and "unitary authority",
   * get their own types.
   */
  private static LocalAuthorityType typeOf(ReferenceCsv.Row row, String column, GssCode code) {
    String label = row.text(column);
    switch (label) {
      case "county":
        return LocalAuthorityType.COUNTY_COUNCIL;
      case "non-metropolitan district":
        return LocalAuthorityType.NON_METROPOLITAN_DISTRICT;
      case "unitary authority":
        return code.equals(LocalAuthorityArea.ISLES_OF_SCILLY)
            ? LocalAuthorityType.ISLES_OF_SCILLY : LocalAuthorityType.UNITARY_AUTHORITY;
      case "metropolitan district":
        return LocalAuthorityType.METROPOLITAN_DISTRICT;
      case "London borough":
        return code.equals(LocalAuthorityArea.CITY_OF_LONDON)
            ? LocalAuthorityType.CITY_OF_LONDON : LocalAuthorityType.LONDON_BOROUGH;
      default:
        throw row.problem(column, "unknown local authority type \"" + label + "\"");
    }
  }

  /** Checks the file's percentage and split flag against the counts. */
  private static void checkShare(ReferenceCsv.Row row, LocalAuthorityShare share, String percentColumn,
      String splitColumn) {
    BigDecimal percent = row.decimal(percentColumn);
    if (percent.compareTo(share.percentInIcb()) != 0) {
      throw row.problem(percentColumn, percent + " does not agree with " + share.lsoasInIcb() + " of "
          + share.lsoasInLocalAuthority() + " LSOAs (" + share.percentInIcb() + ")");
    }
    if (row.flag(splitColumn) != share.isSplit()) {
      throw row.problem(splitColumn, "does not agree with " + share.lsoasInIcb() + " of "
          + share.lsoasInLocalAuthority() + " LSOAs");
    }
  }

  private static <T> T build(ReferenceCsv.Row row, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      throw row.problem(e.getMessage());
    }
  }
}
