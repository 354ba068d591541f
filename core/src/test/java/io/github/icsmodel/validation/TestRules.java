package io.github.icsmodel.validation;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Small rules and systems for testing the engine. */
final class TestRules {
  private TestRules() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
  static final Basis LAW = LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "3").subdivision("(1)(a)");
  static final Basis POLICY = NhsEnglandPolicy.CONSTITUTION_GUIDANCE;

  /** A rule with a check given as a lambda. */
  static class Lambda extends AbstractRule {
    private final Consumer<RuleContext> check;
    private final Predicate<LocalDate> applies;
    private final Scope scope;

    Lambda(String id, Severity severity, Scope scope, Predicate<LocalDate> applies, Consumer<RuleContext> check) {
      super(id, severity, severity.isBlocking() ? LAW : POLICY, "Summary of " + id, "Remedy of " + id, null);
      this.check = check;
      this.applies = applies;
      this.scope = scope;
    }

    @Override
    public Scope scope() {
      return scope;
    }

    @Override
    public boolean appliesOn(LocalDate date) {
      return applies.test(date);
    }

    @Override
    public void check(RuleContext context) {
      check.accept(context);
    }
  }

  /** A system rule that reports one finding at each path, relative to the system's base. */
  static Rule reporting(String id, Severity severity, String... paths) {
    return new Lambda(id, severity, Scope.SYSTEM, date -> true, context -> {
      for (String path : paths) {
        JsonPointer at = context.base();
        for (String token : JsonPointer.of(path).tokens()) {
          at = at.property(token);
        }
        context.report(at, id + " found something at " + path);
      }
    });
  }

  /** A system rule that throws. */
  static Rule throwing(String id, RuntimeException exception) {
    return new Lambda(id, Severity.ERROR, Scope.SYSTEM, date -> true, context -> {
      context.report(context.base().property("before"), "reported before failing");
      throw exception;
    });
  }

  /** A minimal system with an ICB and nothing else. */
  static IntegratedCareSystem system(String id) {
    return IntegratedCareSystem.builder()
        .id(LocalId.of(id))
        .name("System " + id)
        .icb(IntegratedCareBoard.builder().id(LocalId.of(id + "-icb")).name("ICB " + id).build())
        .build();
  }
}
