package io.github.icsmodel.validation.structure;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.List;
import java.util.Map;

/**
 * {@code structure.places-within-footprint}: each place covers only local authorities in the system's area. Place-
 * based partnerships are not statutory bodies; they are NHS England's and the Local Government Association's
 * construct (Thriving places, 2021):
 *
 * <blockquote>Place-based partnerships are collaborative arrangements formed by the organisations responsible for
 * arranging and delivering health and care services in a locality or community. […] for system partners to
 * determine the footprint for each place-based partnership</blockquote>
 *
 * <p>and NHS England and NHS Improvement defined place (as reported by HFMA) as "a town or district in an ICS area
 * that is generally coterminous with a local authority". A place of this system covering an authority outside the
 * ICB's area departs from that.
 *
 * <p>INFORMATION: a consistency check, not policy and not law. The guidance quoted leaves the footprint of each
 * place to system partners, and places "are not statutory bodies"; nothing requires a place to lie within the
 * ICB's area, but one that does not is worth a second look. (Until 2026-12 this rule was a WARNING presented as
 * NHS England policy; the law review of December 2026, item R-62, found no source for that.) The system's area is the footprint's local authorities and the responsible
 * authorities {@link IcbArea} finds; a county council is accepted when some footprint district's county is
 * unknown. One finding per authority outside the area, at the place's {@code localAuthorities} entry. References
 * that resolve to no local authority are left to {@code structure.references-resolve}.
 */
final class PlacesWithinFootprintRule extends AbstractRule {

  /** Creates the rule. */
  PlacesWithinFootprintRule() {
    super(
        "structure.places-within-footprint",
        Severity.INFORMATION,
        NhsEnglandPolicy.THRIVING_PLACES,
        "Each place covers only local authorities in the system's footprint",
        "Add the authority to the footprint if it is in the ICB's area, or take it out of the place.",
        "Place-based partnerships are collaborative arrangements formed by the organisations responsible for"
            + " arranging and delivering health and care services in a locality or community. […] for system"
            + " partners to determine the footprint for each place-based partnership");
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Map<LocalId, Organisation> organisations = system.organisationsById();
    IcbArea area = IcbArea.of(system);
    List<PlaceBasedPartnership> places = system.places();
    for (int i = 0; i < places.size(); i++) {
      PlaceBasedPartnership place = places.get(i);
      JsonPointer path = context.base().property("places").index(i).property("localAuthorities");
      int k = 0;
      for (LocalId id : place.localAuthorities()) {
        Organisation authority = organisations.get(id);
        if (authority != null && authority.isLocalAuthority() && !area.mayInclude(authority)) {
          context.report(
              path.index(k),
              id,
              "The place " + place.name() + " (" + place.id() + ") covers " + authority.name() + " (" + id + "),"
                  + " which is not in the system's footprint. Partners decide a place's footprint; check that this"
                  + " is intended.");
        }
        k++;
      }
    }
  }
}
