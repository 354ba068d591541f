package io.github.icsmodel.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says why the rules of a class quote no text ({@link Rule#quotation()} is empty): an integrity check rests on the
 * configuration format rather than on a provision, and some guidance is held only in paraphrase. Every built-in rule
 * either quotes the provision it enforces or carries this annotation; the library's tests check both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoQuotation {
  /**
   * Why the rule quotes nothing.
   *
   * @return the reason, in a sentence
   */
  String value();
}
