package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.DUTY_ID;
import static io.github.icsmodel.json.Values.JSON_POINTER;
import static io.github.icsmodel.json.Values.LOCAL_ID;
import static io.github.icsmodel.json.Values.RULE_ID;
import static io.github.icsmodel.json.Values.STRING;
import static io.github.icsmodel.json.Values.enumOf;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.validation.Waiver;

/**
 * The cooperation arrangements, duty assurances and waivers of format {@code icsmodel/1}. Every table lists the
 * type's properties in the order its accessors are declared, under the accessors' names; types used by others come
 * first, so that each table can refer to the formats of its parts.
 */
final class AssuranceFormats {
  private AssuranceFormats() {}

  // cooperation

  static final ObjectFormat<CooperationArrangement, CooperationArrangement.Builder> COOPERATION_ARRANGEMENT =
      ObjectFormat.of(
              "CooperationArrangement",
              CooperationArrangement.class,
              CooperationArrangement::builder,
              CooperationArrangement.Builder::build)
          .required("id", LOCAL_ID, CooperationArrangement::id, CooperationArrangement.Builder::id)
          .required(
              "kind",
              enumOf(ArrangementKind.class),
              CooperationArrangement::kind,
              CooperationArrangement.Builder::kind)
          .optional("name", STRING, CooperationArrangement::name, CooperationArrangement.Builder::name)
          .set("parties", LOCAL_ID, CooperationArrangement::parties, CooperationArrangement.Builder::addAllParties)
          .optional(
              "effectiveFrom",
              DATE,
              CooperationArrangement::effectiveFrom,
              CooperationArrangement.Builder::effectiveFrom)
          .optional(
              "effectiveTo",
              DATE,
              CooperationArrangement::effectiveTo,
              CooperationArrangement.Builder::effectiveTo)
          .extensions(CooperationArrangement::extensions, CooperationArrangement.Builder::extensions)
          .build();

  // assurance and waivers

  static final ObjectFormat<Evidence, Evidence.Builder> EVIDENCE =
      ObjectFormat.of("Evidence", Evidence.class, Evidence::builder, Evidence.Builder::build)
          .required("document", STRING, Evidence::document, Evidence.Builder::document)
          .optional("section", STRING, Evidence::section, Evidence.Builder::section)
          .required("date", DATE, Evidence::date, Evidence.Builder::date)
          .set("limbs", DUTY_ID, Evidence::limbs, Evidence.Builder::addAllLimbs)
          .build();

  static final ObjectFormat<DutyAssurance, DutyAssurance.Builder> DUTY_ASSURANCE =
      ObjectFormat.of("DutyAssurance", DutyAssurance.class, DutyAssurance::builder, DutyAssurance.Builder::build)
          .required("duty", DUTY_ID, DutyAssurance::duty, DutyAssurance.Builder::duty)
          .optional(
              "accountableLead",
              LOCAL_ID,
              DutyAssurance::accountableLead,
              DutyAssurance.Builder::accountableLead)
          .list("evidence", EVIDENCE, DutyAssurance::evidence, DutyAssurance.Builder::addAllEvidence)
          .build();

  static final ObjectFormat<Waiver, Waiver.Builder> WAIVER =
      ObjectFormat.of("Waiver", Waiver.class, Waiver::builder, Waiver.Builder::build)
          .required("rule", RULE_ID, Waiver::rule, Waiver.Builder::rule)
          .required("path", JSON_POINTER, Waiver::path, Waiver.Builder::path)
          .required("justification", STRING, Waiver::justification, Waiver.Builder::justification)
          .required("approvedBy", STRING, Waiver::approvedBy, Waiver.Builder::approvedBy)
          .required("expiresOn", DATE, Waiver::expiresOn, Waiver.Builder::expiresOn)
          .build();
}
