package io.github.icsmodel.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** Small shared helpers for the commands' options. */
final class Options {
  private Options() {}

  /**
   * Checks that the chosen format is one the command offers.
   *
   * @param spec the command
   * @param format the format chosen
   * @param allowed the formats the command offers
   */
  static void require(CommandLine.Model.CommandSpec spec, OutputFormat format, OutputFormat... allowed) {
    if (!Arrays.asList(allowed).contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be one of "
          + String.join(", ", Arrays.stream(allowed).map(Enum::name).toArray(String[]::new)) + " here, not "
          + format);
    }
  }

  /**
   * Turns an enum constant name into its JSON name: lower case, with hyphens.
   *
   * @param constant the constant
   * @return the name, such as {@code chief-executive}
   */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
