package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The indexes of one edition of the geography, built from its tables (which {@link EditionTables} holds). */
final class ReferenceEdition {
  final ImmutableMap<OdsCode, SubIcbLocation> subIcbLocationsByOds;
  final ImmutableMap<GssCode, SubIcbLocation> subIcbLocationsByOns;
  final ImmutableListMultimap<OdsCode, SubIcbLocation> subIcbLocationsByIcb;
  final ImmutableMap<OdsCode, IcbFootprint> footprints;
  final ImmutableMap<GssCode, LocalAuthorityCoverage> coverage;

  ReferenceEdition(Geography edition, List<ReferenceIcb> icbs, EditionTables tables) {
    List<SubIcbLocation> subIcbLocations = tables.subIcbLocations;
    List<DistrictShare> districtShares = tables.districtShares;
    List<UpperTierShare> upperTierShares = tables.upperTierShares;
    this.subIcbLocationsByOds = index(subIcbLocations, SubIcbLocation::odsCode, "sub-ICB location ODS code");
    this.subIcbLocationsByOns = index(subIcbLocations, SubIcbLocation::onsCode, "sub-ICB location ONS code");
    this.subIcbLocationsByIcb = Multimaps.index(subIcbLocations, location -> location.icb().odsCode());

    ImmutableListMultimap<OdsCode, DistrictShare> districtsByIcb =
        Multimaps.index(districtShares, share -> share.icb().odsCode());
    ImmutableListMultimap<OdsCode, UpperTierShare> upperTiersByIcb =
        Multimaps.index(upperTierShares, share -> share.icb().odsCode());
    ImmutableMap.Builder<OdsCode, IcbFootprint> footprints = ImmutableMap.builder();
    for (ReferenceIcb icb : icbs) {
      if (!icb.isValidOn(edition.validFrom())) {
        continue;
      }
      footprints.put(icb.odsCode(), IcbFootprint.builder()
          .icb(icb)
          .edition(edition)
          .districts(districtsByIcb.get(icb.odsCode()))
          .upperTierAuthorities(upperTiersByIcb.get(icb.odsCode()))
          .build());
    }
    this.footprints = footprints.buildOrThrow();

    // A single-tier authority is both a district and an upper tier: its district shares stand for it.
    Map<GssCode, List<LocalAuthorityShare>> byAuthority = new HashMap<>();
    Stream.concat(districtShares.stream(), upperTierShares.stream().filter(s -> !s.upperTier().isDistrict()))
        .forEach(share -> byAuthority.computeIfAbsent(share.localAuthority().code(), k -> new ArrayList<>())
            .add(share));
    ImmutableMap.Builder<GssCode, LocalAuthorityCoverage> coverage = ImmutableMap.builder();
    byAuthority.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      List<LocalAuthorityShare> shares = entry.getValue().stream()
          .sorted(Comparator.comparingInt(LocalAuthorityShare::lsoasInIcb).reversed()
              .thenComparing(share -> share.icb().odsCode()))
          .collect(Collectors.toList());
      coverage.put(entry.getKey(), LocalAuthorityCoverage.builder()
          .edition(edition)
          .localAuthority(shares.get(0).localAuthority())
          .shares(shares)
          .build());
    });
    this.coverage = coverage.buildOrThrow();
  }

  // Indexes values by a key that must be unique, naming what in the message if it is not; EnglandReference uses them too.

  static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> key, String what) {
    return index(values.stream().map(value -> Map.entry(key.apply(value), value)), what);
  }

  static <K, V> ImmutableMap<K, V> index(Stream<Map.Entry<K, V>> entries, String what) {
    Map<K, V> map = new LinkedHashMap<>();
    entries.forEach(entry -> {
      V previous = map.put(entry.getKey(), entry.getValue());
      if (previous != null) {
        throw new InvalidValueException("duplicate " + what + " " + entry.getKey() + ": " + previous + " and "
            + entry.getValue());
      }
    });
    return ImmutableMap.copyOf(map);
  }
}
