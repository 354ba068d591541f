package io.github.icsmodel.reference;

import static io.github.icsmodel.reference.ReferenceEdition.index;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What {@link EnglandReference} holds, with its indexes: the regions, ICBs and successions, checked to fit together
 * when loaded, and the editions of the geography, each indexed on first use.
 */
final class ReferenceIndex {
  final ImmutableList<NhsRegion> regions;
  final ImmutableList<ReferenceIcb> icbs;
  final ImmutableMap<OdsCode, NhsRegion> regionsByOds;
  final ImmutableMap<GssCode, NhsRegion> regionsByOns;
  final ImmutableMap<OdsCode, ReferenceIcb> icbsByOds;
  final ImmutableMap<GssCode, ReferenceIcb> icbsByOns;
  final ImmutableMap<String, ReferenceIcb> icbsByName;
  final ImmutableListMultimap<OdsCode, ReferenceIcb> icbsByRegion;
  /**
   * The tables of each edition, read on first use: a validation as of one date needs one edition, and reading the
   * other two would only cost start-up time.
   */
  final ImmutableMap<Geography, Supplier<EditionTables>> tables;
  /** The indexes of each edition, built from its tables on first use. */
  final ImmutableMap<Geography, Supplier<ReferenceEdition>> editions;
  final ImmutableList<Succession> successions;
  final ImmutableListMultimap<OdsCode, Succession> successionsByPredecessor;
  final ImmutableListMultimap<OdsCode, Succession> successionsBySuccessor;

  ReferenceIndex(List<NhsRegion> regions, List<ReferenceIcb> icbs,
      Map<Geography, ? extends java.util.function.Supplier<EditionTables>> tables, List<Succession> successions) {
    this.regions = ImmutableList.sortedCopyOf(Comparator.comparing(NhsRegion::onsCode), regions);
    this.icbs = ImmutableList.sortedCopyOf(
        Comparator.comparing(icb -> icb.onsCodes().get(0).code()), icbs);
    this.regionsByOds = index(regions, NhsRegion::odsCode, "region ODS code");
    this.regionsByOns = index(regions.stream().flatMap(region -> Stream.of(Stream.of(region.onsCode()),
        region.editionOnsCodes().values().stream(), region.formerOnsCodes().stream().map(DatedGssCode::code))
        .flatMap(codes -> codes).map(code -> Map.entry(code, region))), "region ONS code");
    this.icbsByOds = index(this.icbs, ReferenceIcb::odsCode, "ICB ODS code");
    this.icbsByOns = index(this.icbs.stream()
        .flatMap(icb -> icb.onsCodes().stream().map(code -> Map.entry(code.code(), icb))), "ICB ONS code");
    this.icbsByName = index(this.icbs, icb -> icb.name().toLowerCase(Locale.ROOT), "ICB name");
    for (ReferenceIcb icb : this.icbs) {
      if (!icb.region().equals(regionsByOds.get(icb.region().odsCode()))) {
        throw new InvalidValueException(icb + ": region " + icb.region() + " is not one of " + regions);
      }
    }
    this.icbsByRegion = Multimaps.index(this.icbs, icb -> icb.region().odsCode());
    Map<Geography, Supplier<EditionTables>> editionTables = new EnumMap<>(Geography.class);
    Map<Geography, Supplier<ReferenceEdition>> editions = new EnumMap<>(Geography.class);
    for (Geography edition : Geography.values()) {
      java.util.function.Supplier<EditionTables> read =
          Objects.requireNonNull(tables.get(edition), "tables of " + edition);
      Supplier<EditionTables> once = Suppliers.memoize(read::get);
      List<ReferenceIcb> allIcbs = this.icbs;
      editionTables.put(edition, once);
      editions.put(edition, Suppliers.memoize(() -> new ReferenceEdition(edition, allIcbs, once.get())));
    }
    this.tables = ImmutableMap.copyOf(editionTables);
    this.editions = ImmutableMap.copyOf(editions);
    this.successions = ImmutableList.copyOf(successions);
    this.successionsByPredecessor = Multimaps.index(successions, event -> event.predecessor().odsCode());
    this.successionsBySuccessor = Multimaps.index(successions, event -> event.successor().odsCode());
    for (Succession event : successions) {
      known(event.predecessor());
      known(event.successor());
    }
    for (ReferenceIcb icb : this.icbs) {
      boolean abolished = icb.validTo().isPresent();
      if (abolished && successionsByPredecessor.get(icb.odsCode()).isEmpty()) {
        throw new InvalidValueException(icb + " ends on " + icb.validTo().get() + " but has no successor");
      }
      boolean established = !icb.validFrom().equals(Geography.JULY_2022.validFrom());
      if (established && successionsBySuccessor.get(icb.odsCode()).isEmpty()) {
        throw new InvalidValueException(icb + " begins on " + icb.validFrom() + " but has no predecessor");
      }
    }
  }

  EditionTables tables(Geography edition) {
    return tables.get(Objects.requireNonNull(edition, "edition")).get();
  }

  ReferenceEdition edition(Geography edition) {
    return editions.get(Objects.requireNonNull(edition, "edition")).get();
  }

  ReferenceIcb known(ReferenceIcb icb) {
    Objects.requireNonNull(icb, "icb");
    return known(icb, icbsByOds.get(icb.odsCode()));
  }

  static <T> T known(T given, T stored) {
    Objects.requireNonNull(given);
    if (!given.equals(stored)) {
      throw new InvalidValueException(given + " is not in the England reference data");
    }
    return stored;
  }

  static InvalidValueException notFound(String what) {
    return new InvalidValueException("no " + what + " in the England reference data");
  }
}
