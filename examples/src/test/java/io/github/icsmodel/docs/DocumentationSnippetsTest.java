package io.github.icsmodel.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12 item 5: every Java block in the README and in {@code docs/} compiles against the library with only the
 * imports it shows, and runs. The blocks are read from the Markdown itself, so the documentation and what is
 * tested cannot drift apart.
 *
 * <p>A block is one of three kinds:
 *
 * <ul>
 *   <li>statements, with their imports at the top: compiled as the body of a {@code main} method and run in a new
 *       JVM whose working directory is the repository's root (or the directory a document names in a comment
 *       {@code <!-- snippets run in: DIR -->}, for documents whose commands run elsewhere);
 *   <li>a compilation unit (a {@code package} line and a class): compiled first, and put on the class path of the
 *       document's statement blocks, with the services files the document shows;
 *   <li>a module declaration: compiled with the document's compilation units on the module path, and its service
 *       providers loaded from a module layer.
 * </ul>
 */
class DocumentationSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");
  private static final Pattern RUN_IN = Pattern.compile("<!-- snippets run in: (\\S+) -->");
  private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+([\\w.]+)\\s*\\{");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("(?m)^public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
  private static final String SERVICES = "META-INF/services/";

  @TempDir Path work;

  static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    documents.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  /** One fenced block of a document. */
  record Block(String language, String text, int line) {}

  static List<Block> blocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(markdown);
    while (matcher.find()) {
      int line = (int) markdown.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(matcher.group(1), matcher.group(2), line));
    }
    return blocks;
  }

  @Test
  void theDocumentsHaveJavaBlocksAndTheExtendingGuideExists() throws IOException {
    Map<String, Long> javaBlocks = new LinkedHashMap<>();
    for (Path document : documents()) {
      javaBlocks.put(
          document.getFileName().toString(),
          blocks(Files.readString(document)).stream().filter(b -> b.language().equals("java")).count());
    }
    assertThat(javaBlocks).containsKeys("README.md", "extending.md", "format.md");
    assertThat(javaBlocks.get("README.md")).isGreaterThanOrEqualTo(2);
    assertThat(javaBlocks.get("extending.md")).isGreaterThanOrEqualTo(5);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path document : documents()) {
      String markdown = Files.readString(document);
      if (blocks(markdown).stream().anyMatch(b -> b.language().equals("java"))) {
        tests.add(DynamicTest.dynamicTest(ROOT.relativize(document).toString(), () -> check(document, markdown)));
      }
    }
    return tests.stream();
  }

  private void check(Path document, String markdown) throws Exception {
    String name = document.getFileName().toString().replace(".md", "").replaceAll("\\W", "_");
    Path directory = Files.createDirectories(work.resolve(name));
    Path units = Files.createDirectories(directory.resolve("classes"));
    Path runIn = runIn(markdown);
    List<Block> blocks = blocks(markdown);

    // Compilation units first, with the services files the document shows.
    List<Path> unitSources = new ArrayList<>();
    List<Block> modules = new ArrayList<>();
    List<Block> statements = new ArrayList<>();
    for (Block block : blocks) {
      if (!block.language().equals("java")) {
        continue;
      }
      if (MODULE.matcher(block.text()).find()) {
        modules.add(block);
      } else if (PACKAGE.matcher(block.text()).find()) {
        Matcher pkg = PACKAGE.matcher(block.text());
        pkg.find();
        Matcher type = TOP_LEVEL_TYPE.matcher(block.text());
        assertThat(type.find()).as("%s:%d declares a public type", document, block.line()).isTrue();
        Path source = directory.resolve("src").resolve(pkg.group(1).replace('.', '/')).resolve(type.group(1) + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, block.text());
        unitSources.add(source);
      } else {
        statements.add(block);
      }
    }
    String classPath = classPath();
    if (!unitSources.isEmpty()) {
      compile(document, unitSources, List.of("-classpath", classPath, "-d", units.toString()));
      writeServicesFiles(markdown, blocks, units);
      if (markdown.contains("io.github.icsmodel.cli.Ics")) {
        // The command-line tool, started by its main class with the document's jar beside it, lists its rules.
        String listed = run(document, blocks.get(0), ROOT, classPath + File.pathSeparator + units,
            "io.github.icsmodel.cli.Ics", "rules", "--format", "csv");
        assertThat(listed).contains(expectedRuleIds(document));
      }
    }

    // Statement blocks: each the body of a main method, with only the imports the block shows.
    for (int i = 0; i < statements.size(); i++) {
      Block block = statements.get(i);
      String className = "Snippet" + block.line();
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : block.text().split("\n", -1)) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      Path source = directory.resolve("snippets").resolve(className + ".java");
      Files.createDirectories(source.getParent());
      Files.writeString(
          source,
          imports
              + "public final class " + className + " {\n"
              + "  public static void main(String[] args) throws Exception {\n"
              + body
              + "  }\n}\n");
      Path out = Files.createDirectories(directory.resolve("snippet-classes"));
      String path = classPath + File.pathSeparator + units;
      compile(document, List.of(source), List.of("-classpath", path, "-d", out.toString()));
      run(document, block, runIn, path + File.pathSeparator + out, className);
    }

    for (Block module : modules) {
      checkModule(document, module, unitSources, directory);
    }
  }

  private static Path runIn(String markdown) {
    Matcher matcher = RUN_IN.matcher(markdown);
    return matcher.find() ? ROOT.resolve(matcher.group(1)) : ROOT;
  }

  /** Writes each services file the document shows: a text block after a mention of its path. */
  private static void writeServicesFiles(String markdown, List<Block> blocks, Path classes) throws IOException {
    Matcher mention = Pattern.compile("`" + Pattern.quote(SERVICES) + "([\\w.$]+)`").matcher(markdown);
    while (mention.find()) {
      int at = mention.end();
      int line = (int) markdown.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      Optional<Block> text =
          blocks.stream().filter(b -> b.line() > line && b.language().equals("text")).findFirst();
      assertThat(text).as("a text block gives the contents of %s%s", SERVICES, mention.group(1)).isPresent();
      Path file = classes.resolve(SERVICES + mention.group(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, text.get().text());
    }
  }

  private static void compile(Path document, List<Path> sources, List<String> options) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> all = new ArrayList<>(options);
    all.add("-proc:none");
    all.add("-Xlint:all,-options,-classfile,-processing");
    all.add("-Werror");
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = compiler.getTask(diagnostics, files, null, all, null, units).call();
      assertThat(ok)
          .as("the Java blocks of %s compile with the imports they show:%n%s", document.getFileName(), diagnostics)
          .isTrue();
    }
  }

  private static String run(
      Path document, Block block, Path directory, String classPath, String mainClass, String... args)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath, mainClass));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("the Java block at %s:%d runs; it printed:%n%s", document.getFileName(), block.line(),
            new String(output, StandardCharsets.UTF_8))
        .isZero();
    return new String(output, StandardCharsets.UTF_8);
  }

  /**
   * Compiles a module declaration with the document's classes, then loads its service providers from a module
   * layer built on the library's own modules, as an application on the module path would.
   */
  private static void checkModule(Path document, Block module, List<Path> unitSources, Path directory)
      throws Exception {
    Matcher name = MODULE.matcher(module.text());
    name.find();
    Path source = directory.resolve("module-src").resolve("module-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, module.text());
    Map<String, Path> modules = modulesOnTheClassPath();
    List<Path> modulePath = closure(modules, "io.github.icsmodel.core");
    String path = modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Path out = Files.createDirectories(directory.resolve("module-classes"));
    List<Path> sources = new ArrayList<>(unitSources);
    sources.add(source);
    compile(document, sources, List.of("--module-path", path, "-d", out.toString()));

    List<Path> finderPath = new ArrayList<>(modulePath);
    finderPath.add(out);
    ModuleFinder finder = ModuleFinder.of(finderPath.toArray(new Path[0]));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of(name.group(1)));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.github.icsmodel.core");

    Class<?> service = loader.loadClass("io.github.icsmodel.validation.RuleProvider");
    List<String> providers = new ArrayList<>();
    for (Object provider : ServiceLoader.load(layer, service)) {
      providers.add(provider.getClass().getModule().getName() + "/" + provider.getClass().getName());
    }
    assertThat(providers).as("providers found on the module path").anyMatch(p -> p.startsWith(name.group(1) + "/"));

    // RuleSet.discovered(), as the document says, finds them through the context class loader.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> ruleSet = loader.loadClass("io.github.icsmodel.validation.RuleSet");
      Object discovered = ruleSet.getMethod("discovered").invoke(null);
      List<?> rules = (List<?>) ruleSet.getMethod("rules").invoke(discovered);
      Method id = loader.loadClass("io.github.icsmodel.validation.Rule").getMethod("id");
      List<String> ids = new ArrayList<>();
      for (Object rule : rules) {
        ids.add(id.invoke(rule).toString());
      }
      assertThat(ids).as("RuleSet.discovered() on the module path").isNotEmpty();
      assertThat(ids).allMatch(i -> !i.startsWith("board."));
      assertThat(ids).contains(expectedRuleIds(document).toArray(new String[0]));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The ids of the rules a document defines: the first argument of each {@code super(...)} call. */
  private static List<String> expectedRuleIds(Path document) throws IOException {
    Matcher matcher = Pattern.compile("super\\(\\s*\"([\\w.-]+)\"").matcher(Files.readString(document));
    List<String> ids = new ArrayList<>();
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  /** The modules on the test's class path, by name. */
  private static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> modules = new HashMap<>();
    for (String entry : classPath().split(File.pathSeparator)) {
      if (entry.isEmpty() || !Files.exists(Path.of(entry))) {
        continue;
      }
      try {
        for (ModuleReference reference : ModuleFinder.of(Path.of(entry)).findAll()) {
          modules.putIfAbsent(reference.descriptor().name(), Path.of(entry));
        }
      } catch (FindException | SecurityException e) {
        // not usable as a module: not needed
      }
    }
    return modules;
  }

  /** A module and the modules it needs at run time, found on the class path. */
  private static List<Path> closure(Map<String, Path> modules, String root) {
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(root));
    List<Path> paths = new ArrayList<>();
    while (!queue.isEmpty()) {
      String name = queue.pop();
      Path path = modules.get(name);
      if (!seen.add(name) || path == null) {
        continue;
      }
      paths.add(path);
      ModuleDescriptor descriptor = ModuleFinder.of(path).find(name).orElseThrow().descriptor();
      for (ModuleDescriptor.Requires requires : descriptor.requires()) {
        if (!requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          queue.add(requires.name());
        }
      }
    }
    return paths;
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }
}
