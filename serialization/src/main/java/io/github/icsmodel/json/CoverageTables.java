package io.github.icsmodel.json;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.StatutoryDuty;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.Coverage;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The coverage of a validation report ({@code icsmodel-report/1}): what the rules behind a report check and
 * cannot see. {@link ReportTables} writes and reads it as the report's {@code coverage}.
 *
 * <p>It gives the statement that a report without errors is not a finding of lawfulness, the provisions checked
 * and advised on (as statutory bases, so that they read back exactly), and the duties checked in part or not at
 * all (by duty id, with the duty's title and provision for people, and the reason). Known coverage writes its four
 * lists even when empty; unknown coverage has none. The {@code statement} is the library's, not the report's, and a
 * duty's {@code title} is there for people: both are read for their shape and left out. The duties are looked up by
 * id in {@link DutyCatalogue#builtIn()}; a {@code provision}, when present, must be the duty's.
 */
final class CoverageTables {
  private CoverageTables() {}

  /** A duty of the built-in catalogue, by its id. */
  private static final ValueFormat<StatutoryDuty> DUTY =
      new ValueFormat.Text<>(
          "StatutoryDuty", StatutoryDuty.class, false, id -> DutyCatalogue.builtIn().get(DutyId.of(id)),
          duty -> duty.id().toString(), "a string");

  /** A duty checked in part or not at all, and why. */
  static final ObjectFormat<Coverage.NotChecked, DutyParts> NOT_CHECKED =
      ObjectFormat.of("NotChecked", Coverage.NotChecked.class, DutyParts::new, DutyParts::build)
          .required("duty", DUTY, Coverage.NotChecked::duty, (parts, duty) -> parts.duty = duty)
          .defaulted("title", Values.STRING, entry -> entry.duty().shortTitle(), ObjectFormat.ignored())
          .follows("provision", Values.STRING, entry -> entry.duty().provision().citation(),
              (provision, entry) -> "the provision " + Reading.quote(provision) + " is not that of the duty "
                  + entry.duty().id() + ", which is cited " + Reading.quote(entry.duty().provision().citation()))
          .required("reason", Values.STRING, Coverage.NotChecked::reason, (parts, reason) -> parts.reason = reason)
          .build();

  /** What the rules behind a report check and cannot see. */
  static final ObjectFormat<Coverage, CoverageParts> COVERAGE =
      ObjectFormat.of("Coverage", Coverage.class, CoverageParts::new, CoverageParts::build)
          .required("known", Values.BOOLEAN, Coverage::isKnown, (parts, known) -> parts.known = known)
          .defaulted("statement", Values.STRING, Coverage::statement, ObjectFormat.ignored())
          .optional("checked", ObjectFormat.listOf(BasisTables.LEGAL_REFERENCE), ifKnown(Coverage::checked),
              (parts, checked) -> parts.checked = checked)
          .optional("advisedOn", ObjectFormat.listOf(BasisTables.LEGAL_REFERENCE), ifKnown(Coverage::advisedOn),
              (parts, advisedOn) -> parts.advisedOn = advisedOn)
          .optional("checkedInPart", ObjectFormat.listOf(NOT_CHECKED), ifKnown(Coverage::checkedInPart),
              (parts, checkedInPart) -> parts.checkedInPart = checkedInPart)
          .optional("notChecked", ObjectFormat.listOf(NOT_CHECKED), ifKnown(Coverage::notChecked),
              (parts, notChecked) -> parts.notChecked = notChecked)
          .build();

  private static <V> Function<Coverage, Optional<List<V>>> ifKnown(Function<Coverage, List<V>> list) {
    return coverage -> coverage.isKnown() ? Optional.of(list.apply(coverage)) : Optional.empty();
  }

  /** The parts of a duty not checked read so far. */
  static final class DutyParts {
    private StatutoryDuty duty;
    private String reason;

    Coverage.NotChecked build() {
      return Coverage.NotChecked.of(duty, reason);
    }
  }

  /** The parts of coverage read so far: the lists only if it is known. */
  static final class CoverageParts {
    private boolean known;
    private List<LegalReference> checked;
    private List<LegalReference> advisedOn;
    private List<Coverage.NotChecked> checkedInPart;
    private List<Coverage.NotChecked> notChecked;

    Coverage build() {
      if (!known) {
        refuse("checked", checked);
        refuse("advisedOn", advisedOn);
        refuse("checkedInPart", checkedInPart);
        refuse("notChecked", notChecked);
        return Coverage.unknown();
      }
      return Coverage.known(orEmpty(checked), orEmpty(advisedOn), orEmpty(notChecked), orEmpty(checkedInPart));
    }

    private static void refuse(String property, List<?> list) {
      if (list != null) {
        throw new InvalidValueException(
            "coverage that is not known has no \"" + property + "\"; leave it out or make \"known\" true");
      }
    }

    private static <V> List<V> orEmpty(List<V> list) {
      return list == null ? ImmutableList.of() : list;
    }
  }
}
