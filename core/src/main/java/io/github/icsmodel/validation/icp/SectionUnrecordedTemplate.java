package io.github.icsmodel.validation.icp;

import io.github.icsmodel.law.Basis;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * A WARNING that a configuration which records an integrated care partnership does not record a part of it (its
 * members, its strategy), reported at {@code /icp}. Silent on a part, the configuration does not show the
 * provision met, which is not a finding that it is not: the ERROR twin judges what is recorded. Applies from 1 July
 * 2022 (the commencement of its basis).
 */
abstract class SectionUnrecordedTemplate extends AbstractRule {
  private final RecordedSection section;
  private final String message;

  SectionUnrecordedTemplate(String id, Basis basis, String summary, String remedy, String quotation,
      RecordedSection section, String message) {
    super(id, Severity.WARNING, basis, summary, remedy, quotation);
    this.section = section;
    this.message = message;
  }


  @Override
  public final void check(RuleContext context) {
    if (context.system().icp().isPresent() && !context.system().records(section)) {
      context.report(context.base().property("icp"), message);
    }
  }
}
