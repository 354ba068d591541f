package io.github.icsmodel.cli;

import io.github.icsmodel.reference.DistrictShare;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.Geography;
import io.github.icsmodel.reference.NhsRegion;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.reference.SubIcbLocation;
import io.github.icsmodel.reference.Succession;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ics reference}: prints England's reference data as of a date (ONS, Open Government Licence v3.0). */
@Command(
    name = "reference",
    mixinStandardHelpOptions = true,
    description = {
      "Prints England's reference data on ICBs, regions and local authorities as of a date.",
      "",
      "The data sets are the ICBs (36 from 1 April 2026, 42 before), the NHS England regions, the local"
          + " authorities of each ICB's footprint, the sub-ICB locations and the successions of 1 April 2026."
          + " Source: ONS Open Geography Portal, Open Government Licence v3.0."
    })
final class ReferenceCommand implements Callable<Integer> {
  /** What the rows of each data set are, for the line that heads the text. */
  private static final java.util.Map<String, String> SUBJECTS = java.util.Map.of("icbs", "ICBs", "regions",
      "NHS England regions", "local-authorities", "Local authority districts by ICB", "sub-icb-locations",
      "Sub-ICB locations", "successions", "Successions");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET",
      description = "icbs, regions, local-authorities, sub-icb-locations or successions")
  String dataset;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "the date the data describe, such as 2026-03-31 (default: today in England, or the first day of"
          + " --geography)")
  LocalDate asOf;

  @Option(names = "--geography", paramLabel = "EDITION",
      description = "an edition of the boundaries instead of a date: 2022 (July 2022), 2024 (April 2024) or 2026"
          + " (April 2026)")
  String geography;

  @Override
  public Integer call() {
    if (format != OutputFormat.text && format != OutputFormat.csv && format != OutputFormat.json) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format must be text, csv or json here, not " + format);
    }
    LocalDate date = date();
    Geography edition = Geography.on(date).orElseThrow(() -> new picocli.CommandLine.ParameterException(
        spec.commandLine(), "--as-of " + date + " is before the ICBs were established on 1 July 2022"));
    EnglandReference reference = EnglandReference.load();
    Table table;
    switch (dataset) {
      case "icbs":
        table = new Table("odsCode", "onsCode", "name", "region");
        for (ReferenceIcb icb : reference.icbs(date)) {
          table.row(icb.odsCode(), icb.onsCodeOn(date).orElseThrow(), icb.name(), icb.region().name());
        }
        break;
      case "regions":
        table = new Table("odsCode", "onsCode", "name", "icbs");
        for (NhsRegion region : reference.regions()) {
          table.row(region.odsCode(), region.onsCode(edition), region.name(),
              reference.icbsIn(region, date).size());
        }
        break;
      case "local-authorities":
        table = new Table("icbOdsCode", "icb", "code", "name", "type", "upperTier", "percentInIcb", "split",
            "derived");
        for (DistrictShare share : reference.districtShares(edition)) {
          table.row(share.icb().odsCode(), share.icb().name(), share.district().code(), share.district().name(),
              share.district().type().name().toLowerCase(Locale.ROOT).replace('_', '-'), share.upperTier().name(),
              share.percentInIcb().toPlainString(), share.isSplit(), share.derived());
        }
        break;
      case "sub-icb-locations":
        table = new Table("odsCode", "onsCode", "name", "icbOdsCode");
        for (SubIcbLocation location : reference.subIcbLocations(edition)) {
          table.row(location.odsCode(), location.onsCode(), location.name(), location.icb().odsCode());
        }
        break;
      case "successions":
        table = new Table("date", "predecessor", "predecessorName", "successor", "successorName", "part",
            "subIcbLocations", "derived");
        for (Succession event : reference.successions()) {
          if (event.date().isAfter(date)) {
            continue;
          }
          table.row(event.date(), event.predecessor().odsCode(), event.predecessor().name(),
              event.successor().odsCode(), event.successor().name(), event.isWhole() ? "whole" : "part",
              event.subIcbLocations().stream().map(Object::toString).collect(Collectors.joining(" ")),
              event.isDerived());
        }
        break;
      default:
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown dataset '" + dataset
            + "': expected icbs, regions, local-authorities, sub-icb-locations or successions");
    }
    table.printAsOf(SUBJECTS.get(dataset), date, " (geography " + edition.name().charAt(0)
        + edition.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + ")", format,
        spec.commandLine().getOut(), Terminal.width(spec));
    return Ics.OK;
  }

  /** The as-of date: --as-of, or the first day of --geography, or today; both must agree if both are given. */
  private LocalDate date() {
    if (geography == null) {
      return Today.orToday(asOf);
    }
    Geography edition;
    switch (geography) {
      case "2022":
        edition = Geography.JULY_2022;
        break;
      case "2024":
        edition = Geography.APRIL_2024;
        break;
      case "2026":
        edition = Geography.APRIL_2026;
        break;
      default:
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--geography must be 2022, 2024 or 2026, not '" + geography + "'");
    }
    if (asOf != null && !edition.isValidOn(asOf)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--as-of " + asOf + " is not in the "
          + geography + " geography, which describes " + edition.validFrom() + " to "
          + edition.validTo().map(LocalDate::toString).orElse("today") + "; give one of the two");
    }
    return asOf == null ? edition.validFrom() : asOf;
  }
}
