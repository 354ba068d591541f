package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The tables of one edition of the geography, as read: its sub-ICB locations and its ICB shares of districts and
 * of upper-tier authorities, each in the order {@link EnglandReference} gives them.
 */
final class EditionTables {
  final ImmutableList<SubIcbLocation> subIcbLocations;
  final ImmutableList<DistrictShare> districtShares;
  final ImmutableList<UpperTierShare> upperTierShares;

  EditionTables(List<SubIcbLocation> subIcbLocations, List<DistrictShare> districtShares,
      List<UpperTierShare> upperTierShares) {
    this.subIcbLocations = ImmutableList.copyOf(subIcbLocations);
    this.districtShares = ImmutableList.copyOf(districtShares);
    this.upperTierShares = ImmutableList.copyOf(upperTierShares);
  }
}
