/**
 * icsmodel core: the immutable model of England's integrated care systems, the statutory duty catalogue and the
 * validation engine.
 */
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
  exports io.github.icsmodel.inequality;
}
