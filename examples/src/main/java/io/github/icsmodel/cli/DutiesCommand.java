package io.github.icsmodel.cli;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyHolder;
import io.github.icsmodel.duty.StatutoryDuty;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.purpose.CorePurpose;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ics duties}: prints the catalogue of statutory duties. */
@Command(
    name = "duties",
    mixinStandardHelpOptions = true,
    description = "Prints the statutory duties of ICBs, ICPs, NHS bodies and local authorities.")
final class DutiesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--owed-by", paramLabel = "KIND",
      description = "only duties owed by this kind of body: a duty holder (icb, icb-and-partner-trusts, nhs-bodies,"
          + " nhs-bodies-and-local-authorities, integrated-care-partnership, ...) or an organisation kind"
          + " (nhs-trust, local-authority, ...)")
  String owedBy;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  /**
   * What the purposes column is: the library's own classification, not the law's (law review of 7 December 2026,
   * item C-X6). Printed under the text table; the CSV and JSON keep the column without it.
   */
  static final String PURPOSES_CAVEAT = "purposes: the library's own classification of each duty against the\n"
      + "four core purposes of an ICS (NHS England policy); no Act links a duty to a\n"
      + "purpose.";

  @Override
  public Integer call() {
    Options.require(spec, format, OutputFormat.text, OutputFormat.csv, OutputFormat.json);
    DutyCatalogue catalogue = DutyCatalogue.builtIn();
    List<StatutoryDuty> duties = owedBy == null ? catalogue.all() : selected(catalogue);
    Table table = new Table("id", "title", "provision", "owedBy", "strength", "inForceFrom", "purposes");
    for (StatutoryDuty duty : duties) {
      table.row(duty.id(), duty.shortTitle(), duty.provision().citation(), duty.owedBy().jsonName(),
          duty.strength().jsonName(), duty.inForceFrom().map(Object::toString).orElse(""),
          duty.purposes().stream().map(CorePurpose::jsonName).collect(Collectors.joining(" ")));
    }
    table.print(format, spec.commandLine().getOut(), Terminal.width(spec));
    if (format == OutputFormat.text) {
      spec.commandLine().getOut().println(PURPOSES_CAVEAT);
    }
    return Ics.OK;
  }

  private List<StatutoryDuty> selected(DutyCatalogue catalogue) {
    try {
      return catalogue.owedBy(DutyHolder.of(owedBy));
    } catch (InvalidValueException notAHolder) {
      for (OrganisationKind kind : OrganisationKind.values()) {
        if (Options.kebab(kind).equals(owedBy)) {
          return catalogue.owedBy(kind);
        }
      }
      throw new CommandLine.ParameterException(spec.commandLine(), "--owed-by: '" + owedBy
          + "' is neither a duty holder nor an organisation kind (" + notAHolder.getMessage() + ")");
    }
  }
}
