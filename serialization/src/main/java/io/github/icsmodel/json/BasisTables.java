package io.github.icsmodel.json;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.PolicyReference;
import java.util.Optional;

/**
 * The basis of a finding or a rule in a validation report ({@code icsmodel-report/1}): a provision of an Act,
 * or a policy document. {@link ReportTables} writes and reads it as a finding's {@code basis}, {@link
 * CoverageTables} as a provision checked.
 *
 * <p>One table serves both kinds of basis, which {@code statutory} tells apart: a provision by its act, its
 * schedule and paragraph or its section, and its subdivision; a policy document by its publisher, title, date and
 * part. The {@code citation} is written for people and, on reading, must be the one the parts make.
 */
final class BasisTables {
  private BasisTables() {}

  private static final ValueFormat<Act> ACT = Values.enumOf(Act.class);

  /** A basis of either kind. */
  static final ObjectFormat<Basis, Parts> BASIS = basis(Basis.class);

  /** A provision of an Act, as a basis; a policy document is refused. */
  static final ObjectFormat<LegalReference, Parts> LEGAL_REFERENCE = basis(LegalReference.class);

  /** A policy document, as a basis; a provision is refused. */
  static final ObjectFormat<PolicyReference, Parts> POLICY_REFERENCE = basis(PolicyReference.class);

  private static <B extends Basis> ObjectFormat<B, Parts> basis(Class<B> type) {
    return ObjectFormat.of(type.getSimpleName(), type, Parts::new, parts -> parts.build(type))
        .required("citation", Values.STRING, Basis::citation, (parts, citation) -> parts.citation = citation)
        .required("statutory", Values.BOOLEAN, Basis::isStatutory, (parts, statutory) -> parts.statutory = statutory)
        .optional("act", ACT, basis -> law(basis).map(LegalReference::act), (parts, act) -> parts.act = act)
        .optional("schedule", Values.STRING, basis -> law(basis).flatMap(LegalReference::schedule),
            (parts, schedule) -> parts.schedule = schedule)
        .optional("paragraph", Values.STRING,
            basis -> law(basis).filter(law -> law.schedule().isPresent()).map(LegalReference::number),
            (parts, paragraph) -> parts.paragraph = paragraph)
        .optional("section", Values.STRING,
            basis -> law(basis).filter(law -> law.schedule().isEmpty()).map(LegalReference::number),
            (parts, section) -> parts.section = section)
        .optional("subdivision", Values.STRING,
            basis -> law(basis).map(LegalReference::subdivisionText).filter(text -> !text.isEmpty()),
            (parts, subdivision) -> parts.subdivision = subdivision)
        .optional("publisher", Values.STRING, basis -> policy(basis).map(PolicyReference::publisher),
            (parts, publisher) -> parts.publisher = publisher)
        .optional("title", Values.STRING, basis -> policy(basis).map(PolicyReference::title),
            (parts, title) -> parts.title = title)
        .optional("date", Values.STRING, basis -> policy(basis).flatMap(PolicyReference::date),
            (parts, date) -> parts.date = date)
        .optional("part", Values.STRING, basis -> policy(basis).flatMap(PolicyReference::part),
            (parts, part) -> parts.part = part)
        .build();
  }

  private static Optional<LegalReference> law(Basis basis) {
    return basis instanceof LegalReference ? Optional.of((LegalReference) basis) : Optional.empty();
  }

  private static Optional<PolicyReference> policy(Basis basis) {
    return basis instanceof PolicyReference ? Optional.of((PolicyReference) basis) : Optional.empty();
  }

  /** The parts of a basis read so far; a basis has no builder of its own. */
  static final class Parts {
    private String citation;
    private boolean statutory;
    private Act act;
    private String schedule;
    private String paragraph;
    private String section;
    private String subdivision;
    private String publisher;
    private String title;
    private String date;
    private String part;

    /** Builds the basis, refusing the parts of the other kind, a citation the parts do not make, or another type. */
    <B extends Basis> B build(Class<B> type) {
      Basis basis = statutory ? law() : policy();
      if (!basis.citation().equals(citation)) {
        throw new InvalidValueException(
            "the citation " + Reading.quote(citation) + " does not match the provision, which is cited "
                + Reading.quote(basis.citation()));
      }
      if (!type.isInstance(basis)) {
        throw new InvalidValueException(
            "expected a " + (type == LegalReference.class ? "statutory" : "policy") + " basis");
      }
      return type.cast(basis);
    }

    private LegalReference law() {
      refuse("publisher", publisher);
      refuse("title", title);
      refuse("date", date);
      refuse("part", part);
      require("act", act);
      LegalReference law;
      if (schedule != null) {
        require("paragraph", paragraph);
        law = LegalReference.scheduleParagraph(act, schedule, paragraph);
      } else {
        require("section", section);
        law = LegalReference.section(act, section);
      }
      return subdivision == null ? law : law.subdivision(subdivision);
    }

    private PolicyReference policy() {
      refuse("act", act);
      refuse("schedule", schedule);
      refuse("paragraph", paragraph);
      refuse("section", section);
      refuse("subdivision", subdivision);
      if (publisher == null || title == null) {
        throw new InvalidValueException(
            publisher == null && title == null ? "missing required properties \"publisher\", \"title\""
                : "missing required property " + (publisher == null ? "\"publisher\"" : "\"title\""));
      }
      PolicyReference policy = PolicyReference.of(publisher, title, date == null ? "" : date);
      return part == null ? policy : policy.part(part);
    }

    private void refuse(String property, Object value) {
      if (value != null) {
        throw new InvalidValueException(
            "a " + (statutory ? "statutory" : "policy") + " basis has no property \"" + property + "\"");
      }
    }

    private static void require(String property, Object value) {
      if (value == null) {
        throw new InvalidValueException("missing required property \"" + property + "\"");
      }
    }
  }
}
