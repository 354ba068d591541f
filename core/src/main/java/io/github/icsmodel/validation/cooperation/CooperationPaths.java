package io.github.icsmodel.validation.cooperation;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.cooperation.CooperationGraph;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.JsonPointer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the co-operation rules share: the graph as of a date, and where each organisation sits. */
final class CooperationPaths {
  private CooperationPaths() {}

  /**
   * Returns the co-operation graph of a system from the arrangements, explicit and implied, in effect on a date.
   * Organisations whose id is used twice count once (the structure rules report the repeat). Only NHS bodies and
   * local authorities take part in the graph, since they are all that ss.72 and 82 concern: so the cost follows
   * the arrangements, not the thousands of practices and VCSE organisations a system may list. An organisation
   * dissolved on or before the date is left out: it need not co-operate, and an arrangement does not connect
   * others through it.
   */
  static CooperationGraph graphOn(IntegratedCareSystem system, LocalDate date) {
    Map<LocalId, Organisation> unique = new LinkedHashMap<>();
    for (Organisation organisation : system.allOrganisations()) {
      if ((organisation.isNhsBody() || organisation.isLocalAuthority()) && organisation.existsOn(date)) {
        unique.putIfAbsent(organisation.id(), organisation);
      }
    }
    ImmutableList.Builder<CooperationArrangement> effective = ImmutableList.builder();
    for (CooperationArrangement arrangement : system.allArrangements()) {
      if (arrangement.isEffectiveOn(date)) {
        effective.add(arrangement);
      }
    }
    return CooperationGraph.of(unique.values(), effective.build());
  }

  /**
   * Returns whether an organisation is one of the system's own NHS bodies: the ICB, an NHS trust or an NHS
   * foundation trust. NHS England is an NHS body too (s.275(1)), but it is a national body: a system's
   * configuration lists it as a recipient of plans, not as a member of the system, and its co-operation with local
   * bodies is not evidenced at system level.
   */
  static boolean isSystemNhsBody(Organisation organisation) {
    return organisation.isNhsBody() && organisation.kind() != OrganisationKind.NHS_ENGLAND;
  }

  /**
   * Returns the JSON Pointer of each NHS body by id: {@code /icb} for the ICB, {@code /organisations/i} for the
   * others.
   */
  static Map<LocalId, JsonPointer> paths(IntegratedCareSystem system, JsonPointer base) {
    Map<LocalId, JsonPointer> paths = new HashMap<>();
    paths.put(system.icb().id(), base.property("icb"));
    List<Organisation> organisations = system.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      if (organisations.get(i).isNhsBody()) {
        paths.putIfAbsent(organisations.get(i).id(), base.property("organisations").index(i));
      }
    }
    return paths;
  }

  static String describe(Organisation organisation) {
    // By name and national code (GSS for a local authority, ODS for an NHS body), or the id if it has none.
    String code = organisation.gssCode().map(Object::toString)
        .or(() -> organisation.odsCode().map(Object::toString))
        .orElse(organisation.id().toString());
    return organisation.name() + " (" + code + ")";
  }
}
