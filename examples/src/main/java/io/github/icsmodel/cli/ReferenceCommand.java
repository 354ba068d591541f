package io.github.icsmodel.cli;

import io.github.icsmodel.reference.DistrictShare;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.Geography;
import io.github.icsmodel.reference.NhsRegion;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.reference.SubIcbLocation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ics reference}: prints England's reference data (ONS, Open Government Licence v3.0). */
@Command(
    name = "reference",
    mixinStandardHelpOptions = true,
    description = {
      "Prints England's reference data on ICBs, regions and local authorities.",
      "",
      "The data sets are the ICBs, the NHS England regions, the local authorities of each ICB's footprint, and"
          + " the sub-ICB locations. Source: ONS Open Geography Portal, Open Government Licence v3.0."
    })
final class ReferenceCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET",
      description = "icbs, regions, local-authorities or sub-icb-locations")
  String dataset;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--geography", defaultValue = "2024",
      description = "which edition of the boundaries: 2022 (July 2022) or 2024 (April 2024; default)")
  String geography;

  @Override
  public Integer call() {
    if (format != OutputFormat.text && format != OutputFormat.csv && format != OutputFormat.json) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format must be text, csv or json here, not " + format);
    }
    Geography edition = edition();
    EnglandReference reference = EnglandReference.load();
    Table table;
    switch (dataset) {
      case "icbs":
        table = new Table("odsCode", "onsCode", "name", "region");
        for (ReferenceIcb icb : reference.icbs()) {
          table.row(icb.odsCode(), icb.onsCode(edition), icb.name(), icb.region().name());
        }
        break;
      case "regions":
        table = new Table("odsCode", "onsCode", "name", "icbs");
        for (NhsRegion region : reference.regions()) {
          table.row(region.odsCode(), region.onsCode(), region.name(), reference.icbsIn(region).size());
        }
        break;
      case "local-authorities":
        table = new Table("icbOdsCode", "icb", "code", "name", "type", "upperTier", "percentInIcb", "split");
        for (DistrictShare share : reference.districtShares(edition)) {
          table.row(share.icb().odsCode(), share.icb().name(), share.district().code(), share.district().name(),
              share.district().type().name().toLowerCase().replace('_', '-'), share.upperTier().name(),
              share.percentInIcb().toPlainString(), share.isSplit());
        }
        break;
      case "sub-icb-locations":
        table = new Table("odsCode", "onsCode", "name", "icbOdsCode");
        for (SubIcbLocation location : reference.subIcbLocations(edition)) {
          table.row(location.odsCode(), location.onsCode(), location.name(), location.icb().odsCode());
        }
        break;
      default:
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "unknown dataset '" + dataset + "': expected icbs, regions, local-authorities or sub-icb-locations");
    }
    table.print(format, spec.commandLine().getOut(), Terminal.width(spec));
    return Ics.OK;
  }

  private Geography edition() {
    switch (geography) {
      case "2022":
        return Geography.JULY_2022;
      case "2024":
        return Geography.APRIL_2024;
      default:
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--geography must be 2022 or 2024, not '" + geography + "'");
    }
  }
}
