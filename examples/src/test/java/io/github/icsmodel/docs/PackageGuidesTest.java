package io.github.icsmodel.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 23 item 2: the Javadoc of each package a module exports reads as a user's guide, with an example the build
 * runs. For every package exported (to everyone) by the {@code module-info.java} of core, serialization and
 * report-html, its {@code package-info.java} must say how it stands on threads and on null, and hold an example in
 * {@code <pre>{@code ...}</pre>} that is, line for line, the one the module's {@code PackageGuideExamplesTest} runs
 * between {@code // example} and {@code // end} in the method named after the package ({@code report.html} is
 * {@code report_html}). So an example in a guide cannot stop compiling, or drift from what the test asserts of it.
 * The root package, which holds only the root exception and points at the others, has no example of its own.
 */
class PackageGuidesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String BASE = "io.github.icsmodel";
  private static final Map<String, String> EXAMPLES = Map.of(
      "core", "core/src/test/java/io/github/icsmodel/PackageGuideExamplesTest.java",
      "serialization", "serialization/src/test/java/io/github/icsmodel/guides/PackageGuideExamplesTest.java",
      "report-html", "report-html/src/test/java/io/github/icsmodel/guides/PackageGuideExamplesTest.java");
  private static final Pattern EXPORT = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");
  private static final Pattern CODE_BLOCK = Pattern.compile("(?s)<pre>\\{@code\\n(.*?)\\n \\* }</pre>");

  @TestFactory
  Stream<DynamicTest> every_exported_package_has_a_guide_with_a_tested_example() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String module : List.of("core", "serialization", "report-html")) {
      String moduleInfo = read(module + "/src/main/java/module-info.java");
      Matcher export = EXPORT.matcher(moduleInfo);
      while (export.find()) {
        String pkg = export.group(1);
        tests.add(DynamicTest.dynamicTest(pkg, () -> check(module, pkg)));
      }
    }
    assertThat(tests).as("the exported packages").hasSizeGreaterThanOrEqualTo(20);
    return tests.stream();
  }

  private static void check(String module, String pkg) throws IOException {
    String guide = read(module + "/src/main/java/" + pkg.replace('.', '/') + "/package-info.java");
    assertThat(guide).as(pkg + ": says how it stands on threads").contains("thread-safe");
    assertThat(guide).as(pkg + ": says how it stands on null").contains("null");
    if (pkg.equals(BASE)) {
      return;
    }
    Matcher block = CODE_BLOCK.matcher(guide);
    assertThat(block.find()).as(pkg + ": has an example in <pre>{@code ...}</pre>").isTrue();
    List<String> shown = Arrays.stream(block.group(1).split("\n"))
        .map(line -> line.startsWith(" * ") ? line.substring(3) : line.equals(" *") ? "" : line)
        .collect(Collectors.toList());
    String method = pkg.substring(BASE.length() + 1).replace('.', '_');
    assertThat(shown).as(pkg + ": the example is the one " + EXAMPLES.get(module) + " runs in " + method + "()")
        .isEqualTo(example(read(EXAMPLES.get(module)), method));
  }

  /** The lines between {@code // example} and {@code // end} in a test method, without their indentation. */
  static List<String> example(String test, String method) {
    Matcher declaration = Pattern.compile("(?m)^  (?:static )?[\\w<>]+ " + method + "\\(").matcher(test);
    assertThat(declaration.find()).as("a method " + method + "()").isTrue();
    int start = declaration.start();
    int from = test.indexOf("// example\n", start) + "// example\n".length();
    int to = test.indexOf("// end", from);
    String[] lines = test.substring(from, to).stripTrailing().split("\n");
    int indent = Arrays.stream(lines).filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return Arrays.stream(lines).map(line -> line.isBlank() ? "" : line.substring(indent))
        .collect(Collectors.toList());
  }

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
