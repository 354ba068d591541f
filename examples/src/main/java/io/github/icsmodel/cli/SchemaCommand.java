package io.github.icsmodel.cli;

import io.github.icsmodel.json.IcsJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ics schema}: writes the JSON Schema of format {@code icsmodel/1} ({@link IcsJson#schema()}), for an editor
 * to check and complete a configuration as it is typed.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the JSON Schema (draft 2020-12) of the configuration format icsmodel/1, for editors.",
      "",
      "Save it beside your configuration and bind the file to it with \"$schema\" after the format marker:",
      "  {\"format\": \"icsmodel/1\", \"$schema\": \"icsmodel-1.schema.json\", ...}",
      "VS Code, IntelliJ IDEA and other editors then check the file and complete property names as you type."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the schema to this file instead of to standard output (- is standard output). An"
          + " existing file is not replaced unless --force is given.")
  Path out;

  @Option(names = "--force", description = "Replace the file given with --out if it exists.")
  boolean force;

  @Override
  public Integer call() {
    String schema = IcsJson.schema();
    if (Outputs.isStdout(out)) {
      spec.commandLine().getOut().print(schema);
      spec.commandLine().getOut().flush();
      return Ics.OK;
    }
    Outputs.write(out, schema, force);
    spec.commandLine().getErr().println("Wrote " + Messages.path(out) + ": the JSON Schema of format "
        + IcsJson.FORMAT + ". Bind a configuration to it with \"$schema\": \"" + Messages.safe(
            out.getFileName() == null ? out.toString() : out.getFileName().toString()) + "\" after the format marker.");
    return Ics.OK;
  }
}
