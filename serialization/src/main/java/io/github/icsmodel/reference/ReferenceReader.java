package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.organisation.LocalAuthorityType;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  /** The order of shares in every list: by ICB, then by local authority code. */
  static final Comparator<LocalAuthorityShare> BY_ICB_THEN_AUTHORITY =
      Comparator.<LocalAuthorityShare, GssCode>comparing(share -> share.icb().onsCode(share.edition()))
          .thenComparing(share -> share.localAuthority().code());

  private ReferenceReader() {}

  /** The first day of the ICBs of April 2026, and the day after the last day of the twelve they replaced. */
  private static final LocalDate APRIL_2026 = Geography.APRIL_2026.validFrom();

  private static final String[] HEADER_2026 = {"SICBL26CD", "SICBL26CDH", "SICBL26NM", "ICB26CD", "ICB26CDH",
      "ICB26NM", "NHSER26CD", "NHSER26CDH", "NHSER26NM", "ObjectId"};

  static EnglandReference read() {
    List<ReferenceCsv.Row> rows2026 = ReferenceCsv.read("sub_icb_locations_2026.csv", HEADER_2026);
    Map<OdsCode, ReferenceCsv.Row> icbs2026 = new LinkedHashMap<>();
    Map<OdsCode, GssCode> regionCodes2026 = new HashMap<>();
    for (ReferenceCsv.Row row : rows2026) {
      ReferenceCsv.Row first = icbs2026.putIfAbsent(row.ods("ICB26CDH"), row);
      if (first != null && (!first.gss("ICB26CD").equals(row.gss("ICB26CD"))
          || !first.text("ICB26NM").equals(row.text("ICB26NM"))
          || !first.ods("NHSER26CDH").equals(row.ods("NHSER26CDH")))) {
        throw row.problem("ICB26CDH", "ICB " + row.ods("ICB26CDH") + " has another code, name or region in an"
            + " earlier row");
      }
      GssCode regionCode = regionCodes2026.putIfAbsent(row.ods("NHSER26CDH"), row.gss("NHSER26CD"));
      if (regionCode != null && !regionCode.equals(row.gss("NHSER26CD"))) {
        throw row.problem("NHSER26CD", "region " + row.ods("NHSER26CDH") + " has another code in an earlier row");
      }
    }
    List<NhsRegion> regions = readRegions(regionCodes2026);
    List<ReferenceIcb> icbs = readIcbs(regions, icbs2026);
    Map<OdsCode, ReferenceIcb> icbsByOds = new HashMap<>();
    icbs.forEach(icb -> icbsByOds.put(icb.odsCode(), icb));

    Map<Geography, List<SubIcbLocation>> subIcbLocations = new EnumMap<>(Geography.class);
    String[] header2022 = {"loc22cd", "loc22cdh", "loc22nm", "icb22cd", "icb22cdh", "icb22nm", "nhser22cd",
        "nhser22cdh", "nhser22nm"};
    subIcbLocations.put(Geography.JULY_2022, readSubIcbLocations(Geography.JULY_2022,
        ReferenceCsv.read("sub_icb_locations.csv", header2022), header2022, icbsByOds));
    String[] header2024 = {"sicbl24cd", "sicbl24cdh", "sicbl24nm", "icb24cd", "icb24cdh", "icb24nm"};
    subIcbLocations.put(Geography.APRIL_2024, readSubIcbLocations(Geography.APRIL_2024,
        ReferenceCsv.read("sub_icb_locations_2024.csv", header2024), header2024, icbsByOds));
    // The April 2026 file, read once above for its ICBs and regions.
    subIcbLocations.put(Geography.APRIL_2026,
        readSubIcbLocations(Geography.APRIL_2026, rows2026, HEADER_2026, icbsByOds));
    List<Succession> successions = readSuccessions(icbsByOds, subIcbLocations);

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
    upperTierShares.put(Geography.APRIL_2024, DerivedShares.deriveUpperTierShares(districts2024));
    List<DistrictShare> districts2026 = DerivedShares.deriveDistrictShares(districts2024, successions);
    districtShares.put(Geography.APRIL_2026, districts2026);
    upperTierShares.put(Geography.APRIL_2026, DerivedShares.deriveUpperTierShares(districts2026));

    Map<Geography, Supplier<EditionTables>> tables = new EnumMap<>(Geography.class);
    for (Geography edition : Geography.values()) {
      EditionTables read = new EditionTables(subIcbLocations.get(edition), districtShares.get(edition),
          upperTierShares.get(edition));
      tables.put(edition, () -> read);
    }
    try {
      return new EnglandReference(regions, icbs, tables, successions);
    } catch (InvalidValueException e) {
      throw new IcsException("England reference data: the files do not fit together: " + e.getMessage(), e);
    }
  }

  private static List<NhsRegion> readRegions(Map<OdsCode, GssCode> codes2026) {
    List<NhsRegion> regions = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("regions.csv", "ons_code", "ods_code", "name")) {
      OdsCode ods = row.ods("ods_code");
      NhsRegion.Builder region = NhsRegion.builder()
          .onsCode(row.gss("ons_code"))
          .odsCode(ods)
          .name(row.text("name"));
      String former = FORMER_REGION_CODES.get(ods.toString());
      if (former != null) {
        region.addFormerOnsCode(DatedGssCode.of(GssCode.of(former), Optional.empty(),
            Optional.of(Geography.JULY_2022.validFrom().minusDays(1))));
      }
      GssCode code2026 = codes2026.get(ods);
      if (code2026 == null) {
        throw row.problem("ods_code", "region " + ods + " is not in sub_icb_locations_2026.csv");
      }
      if (!code2026.equals(row.gss("ons_code"))) {
        region.putEditionOnsCode(Geography.APRIL_2026, code2026);
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

  private static List<ReferenceIcb> readIcbs(List<NhsRegion> regions, Map<OdsCode, ReferenceCsv.Row> icbs2026) {
    Map<OdsCode, ReferenceCsv.Row> unmatched2026 = new LinkedHashMap<>(icbs2026);
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
      ReferenceIcb.Builder icb = ReferenceIcb.builder()
          .odsCode(ods)
          .name(row.text("name"))
          .region(region)
          .validFrom(Geography.JULY_2022.validFrom());
      // The ICB continues into April 2026 if the 2026 lookup names it, with the same name and region.
      ReferenceCsv.Row row2026 = unmatched2026.remove(ods);
      Optional<LocalDate> end = row2026 == null ? Optional.of(APRIL_2026.minusDays(1)) : Optional.empty();
      GssCode code2026 = row2026 == null ? code2024 : row2026.gss("ICB26CD");
      if (row2026 != null && (!row2026.text("ICB26NM").equals(row.text("name"))
          || !row2026.ods("NHSER26CDH").equals(region.odsCode()))) {
        throw row2026.problem("ICB " + ods + " has another name or region than in icbs.csv");
      }
      LocalDate from = Geography.JULY_2022.validFrom();
      if (!code2022.equals(code2024)) {
        icb.addOnsCode(DatedGssCode.of(code2022, Optional.of(from), Geography.JULY_2022.validTo()));
        from = Geography.APRIL_2024.validFrom();
      }
      if (!code2024.equals(code2026)) {
        icb.addOnsCode(DatedGssCode.of(code2024, Optional.of(from), Geography.APRIL_2024.validTo()));
        from = APRIL_2026;
      }
      icb.addOnsCode(DatedGssCode.of(code2026, Optional.of(from), end));
      icb.validTo(end);
      icbs.add(build(row, icb::build));
    }
    // The ICBs established on 1 April 2026.
    for (ReferenceCsv.Row row : unmatched2026.values()) {
      NhsRegion region = regions.stream().filter(r -> r.odsCode().equals(row.ods("NHSER26CDH"))).findFirst()
          .orElseThrow(() -> row.problem("NHSER26CDH", row.ods("NHSER26CDH") + " is not in regions.csv"));
      icbs.add(build(row, () -> ReferenceIcb.builder()
          .odsCode(row.ods("ICB26CDH"))
          .name(row.text("ICB26NM"))
          .region(region)
          .validFrom(APRIL_2026)
          .addOnsCode(DatedGssCode.of(row.gss("ICB26CD"), Optional.of(APRIL_2026), Optional.empty()))
          .build()));
    }
    if (!codes.isEmpty()) {
      throw new IcsException("England reference data: icb_ons_codes_2022_vs_2024.csv lists ICBs not in icbs.csv: "
          + codes.keySet());
    }
    return icbs;
  }

  private static List<SubIcbLocation> readSubIcbLocations(
      Geography edition, List<ReferenceCsv.Row> rows, String[] header, Map<OdsCode, ReferenceIcb> icbs) {
    List<SubIcbLocation> locations = new ArrayList<>();
    for (ReferenceCsv.Row row : rows) {
      ReferenceIcb icb = icb(row, edition, header[3], header[4], header[5], icbs);
      if (header.length > 6) {
        NhsRegion region = icb.region();
        if (!region.onsCode(edition).equals(row.gss(header[6])) || !region.odsCode().equals(row.ods(header[7]))
            || !region.name().equals(row.text(header[8]))) {
          throw row.problem("the region does not match the region of " + icb + " in icbs.csv");
        }
      }
      locations.add(build(row, () -> SubIcbLocation.builder()
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
      DistrictShare share = build(row, () -> DistrictShare.builder()
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
   * Reads {@code icb_successions_2026.csv}, checking each event against the sub-ICB locations: a predecessor's
   * listed sub-ICB locations are its own the day before, a whole succession lists all of them, and each listed
   * location that still exists the day after is the successor's.
   */
  private static List<Succession> readSuccessions(Map<OdsCode, ReferenceIcb> icbs,
      Map<Geography, List<SubIcbLocation>> subIcbLocations) {
    List<Succession> successions = new ArrayList<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("icb_successions_2026.csv", "date", "predecessor_ods",
        "predecessor_ons", "successor_ods", "successor_ons", "part", "sub_icb_locations", "upper_tier_authorities",
        "derived")) {
      LocalDate date = row.parse("date", LocalDate::parse);
      Geography before = Geography.on(date.minusDays(1)).orElseThrow(() -> row.problem("date", "is too early"));
      Geography after = Geography.on(date).orElseThrow();
      ReferenceIcb predecessor = icb(row, before, "predecessor_ons", "predecessor_ods", null, icbs);
      ReferenceIcb successor = icb(row, after, "successor_ons", "successor_ods", null, icbs);
      String part = row.text("part");
      if (!part.equals("whole") && !part.equals("part")) {
        throw row.problem("part", "must be whole or part, not \"" + part + "\"");
      }
      List<OdsCode> locations = new ArrayList<>();
      for (String code : row.text("sub_icb_locations").split(";", -1)) {
        locations.add(row.parse("sub_icb_locations", text -> OdsCode.of(code)));
      }
      List<OdsCode> own = subIcbLocations.get(before).stream().filter(l -> l.icb().equals(predecessor))
          .map(SubIcbLocation::odsCode).collect(Collectors.toList());
      if (!own.containsAll(locations) || part.equals("whole") && !locations.containsAll(own)) {
        throw row.problem("sub_icb_locations", locations + " do not fit " + predecessor + "'s " + own);
      }
      for (SubIcbLocation location : subIcbLocations.get(after)) {
        if (locations.contains(location.odsCode()) && !location.icb().equals(successor)) {
          throw row.problem("sub_icb_locations", location + " is not " + successor + "'s in " + after);
        }
      }
      List<GssCode> upperTiers = new ArrayList<>();
      String listed = row.raw("upper_tier_authorities");
      if (!listed.isEmpty()) {
        for (String code : listed.split(";", -1)) {
          upperTiers.add(row.parse("upper_tier_authorities", text -> GssCode.of(code)));
        }
      }
      successions.add(build(row, () -> Succession.builder()
          .date(date)
          .predecessor(predecessor)
          .successor(successor)
          .isWhole(part.equals("whole"))
          .subIcbLocations(locations)
          .upperTierAuthorities(upperTiers)
          .isDerived(row.flag("derived"))
          .build()));
    }
    return ImmutableList.copyOf(successions);
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
      UpperTierShare share = build(row, () -> UpperTierShare.builder()
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

  private static ReferenceIcb icb(ReferenceCsv.Row row, Geography edition, String onsColumn, String odsColumn,
      String nameColumn, Map<OdsCode, ReferenceIcb> icbs) {
    OdsCode ods = row.ods(odsColumn);
    ReferenceIcb icb = icbs.get(ods);
    if (icb == null) {
      throw row.problem(odsColumn, "no ICB " + ods + " in icbs.csv");
    }
    if (!icb.isValidOn(edition.validFrom()) || !icb.onsCode(edition).equals(row.gss(onsColumn))
        || nameColumn != null && !icb.name().equals(row.text(nameColumn))) {
      throw row.problem("ICB " + row.gss(onsColumn) + " " + (nameColumn == null ? "" : row.text(nameColumn))
          + " does not match " + icb + " in the " + edition + " edition");
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
    LocalAuthorityArea area = build(row, () -> LocalAuthorityArea.builder()
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
