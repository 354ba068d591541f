/**
 * icsmodel core: the immutable model of England's integrated care systems, the statutory duty catalogue and the
 * validation engine.
 */
// "requires-automatic": Immutables' annotations are an automatic module, required static: at compile time only,
// never by users. "module": the qualified export of the internal package names ics-serialization, which core
// cannot see when it is compiled on its own.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.icsmodel.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.icsmodel;
  exports io.github.icsmodel.identifier;
  exports io.github.icsmodel.law;
  exports io.github.icsmodel.extension;
  exports io.github.icsmodel.organisation;
  exports io.github.icsmodel.board;
  exports io.github.icsmodel.interest;
  exports io.github.icsmodel.system;
  exports io.github.icsmodel.plan;
  exports io.github.icsmodel.purpose;
  exports io.github.icsmodel.duty;
  exports io.github.icsmodel.cooperation;
  exports io.github.icsmodel.assurance;
  exports io.github.icsmodel.inequality;
  exports io.github.icsmodel.validation;
  exports io.github.icsmodel.validation.local;
  exports io.github.icsmodel.internal to io.github.icsmodel.serialization;

  uses io.github.icsmodel.validation.RuleProvider;
}
