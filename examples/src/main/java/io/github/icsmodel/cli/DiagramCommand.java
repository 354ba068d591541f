package io.github.icsmodel.cli;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ics diagram FILE}: draws a system as a Mermaid flowchart or a Graphviz DOT graph. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a system as a Mermaid or Graphviz diagram.",
      "",
      "The diagram shows the ICB and its board, the ICP, places with their local authorities, provider"
          + " collaboratives and the co-operation arrangements, with NHS body and local authority pairs that share"
          + " no arrangement (s.82 of the NHS Act 2006) as dashed red lines. Mermaid renders on GitHub as is."
    })
final class DiagramCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "a system configuration (icsmodel/1 JSON); - reads standard input")
  Path file;

  @Option(names = "--format", defaultValue = "mermaid", description = "mermaid or dot (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() {
    Options.require(spec, format, OutputFormat.mermaid, OutputFormat.dot);
    IntegratedCareSystem system;
    try (java.io.InputStream in = Inputs.open(file)) {
      system = IcsJson.readSystem(in, Inputs.name(file));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      java.io.IOException cause = e instanceof java.io.IOException ? (java.io.IOException) e
          : ((java.io.UncheckedIOException) e).getCause();
      throw Inputs.unreadable(file, io.github.icsmodel.textio.IoProblems.describe(cause), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == OutputFormat.dot ? Diagram.dot(system) : Diagram.mermaid(system));
    out.flush();
    return Ics.OK;
  }
}
