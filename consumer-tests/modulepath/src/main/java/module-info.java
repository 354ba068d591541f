/** A user's application module that depends on icsmodel, compiled and tested on the module path. */
module io.github.icsmodel.consumer {
  requires io.github.icsmodel.core;
  requires io.github.icsmodel.serialization;
  requires io.github.icsmodel.report.html;
}
