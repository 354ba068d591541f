/**
 * icsmodel HTML report: one self-contained HTML page on a validation report and the configuration it is about
 * ({@link io.github.icsmodel.report.html.HtmlReport}), from templates precompiled by jte.
 */
// "requires-automatic": jte's runtime is an automatic module (Automatic-Module-Name gg.jte.runtime), required
// only by this module's internals; no type of it appears in the API.
@SuppressWarnings("requires-automatic")
module io.github.icsmodel.report.html {
  requires transitive io.github.icsmodel.serialization;
  requires gg.jte.runtime;
  // The templates' generated sources carry @javax.annotation.processing.Generated: needed at compile time only.
  requires static java.compiler;

  exports io.github.icsmodel.report.html;
}
