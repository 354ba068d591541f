package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.IcsException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shares of the reference data that are derived rather than read: the upper-tier shares summed from district
 * shares, and the district shares of April 2026 carried over from April 2024 by the successions.
 */
final class DerivedShares {

  /** The first day of the ICBs of April 2026, and the day after the last day of the twelve they replaced. */
  private static final LocalDate APRIL_2026 = Geography.APRIL_2026.validFrom();

  private DerivedShares() {}

  /**
   * Derives the district shares of April 2026 from those of April 2024 and the successions: a share of an ICB that
   * continues unchanged stays with it; a share of a predecessor passes to its whole successor, or, for a split, to
   * the successor given the district's upper-tier authority. Shares that land on the same ICB and district are
   * added up; a share is derived if any part of it came through a derived succession.
   *
   * @throws IcsException if a share has no successor or more than one
   */
  static List<DistrictShare> deriveDistrictShares(List<DistrictShare> districts2024, List<Succession> successions) {
    Map<ReferenceIcb, List<Succession>> byPredecessor = new HashMap<>();
    successions.forEach(s -> byPredecessor.computeIfAbsent(s.predecessor(), k -> new ArrayList<>()).add(s));
    Map<List<Object>, DistrictShare> shares = new LinkedHashMap<>();
    for (DistrictShare share : districts2024) {
      List<Succession> events = byPredecessor.getOrDefault(share.icb(), List.of());
      ReferenceIcb target;
      boolean derived = false;
      if (events.isEmpty()) {
        target = share.icb();
      } else {
        List<Succession> matching = events.stream()
            .filter(s -> s.isWhole() || s.upperTierAuthorities().contains(share.upperTier().code()))
            .collect(Collectors.toList());
        if (matching.size() != 1) {
          throw new IcsException("England reference data: icb_successions_2026.csv gives " + share + " "
              + matching.size() + " successors; it needs exactly one");
        }
        target = matching.get(0).successor();
        derived = matching.get(0).isDerived();
      }
      if (!target.isValidOn(APRIL_2026)) {
        throw new IcsException("England reference data: " + share + " has no successor on " + APRIL_2026);
      }
      boolean isDerived = derived;
      shares.merge(List.of(target, share.district()), DistrictShare.builder()
          .edition(Geography.APRIL_2026)
          .icb(target)
          .district(share.district())
          .upperTier(share.upperTier())
          .lsoasInIcb(share.lsoasInIcb())
          .lsoasInDistrict(share.lsoasInDistrict())
          .derived(isDerived)
          .build(), (a, b) -> a.withLsoasInIcb(a.lsoasInIcb() + b.lsoasInIcb()).withDerived(a.derived() || b.derived()));
    }
    List<DistrictShare> result = new ArrayList<>(shares.values());
    result.sort(ReferenceReader.BY_ICB_THEN_AUTHORITY);
    return ImmutableList.copyOf(result);
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
      shares.add(UpperTierShare.builder()
          .edition(first.edition())
          .icb(first.icb())
          .upperTier(first.upperTier())
          .lsoasInIcb(group.stream().mapToInt(DistrictShare::lsoasInIcb).sum())
          .lsoasInUpperTier(wholeDistricts.get(first.upperTier()).values().stream().mapToInt(i -> i).sum())
          .districts(group.stream().map(DistrictShare::district).collect(Collectors.toList()))
          .build());
    }
    shares.sort(ReferenceReader.BY_ICB_THEN_AUTHORITY);
    return ImmutableList.copyOf(shares);
  }
}
