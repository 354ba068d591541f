package io.github.icsmodel.reference;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.NoQuotation;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code reference.icb-footprint}: the footprint of a configuration that names one of England's ICBs matches
 * the official area, district by district, in the boundaries in force on the date of validation (July 2022, April
 * 2024 or April 2026 geography). A county in the footprint stands for its districts in the ICB's area. Footprint
 * areas whose local authority has no GSS code are not compared, and neither is the footprint of an ICB that did not
 * exist on the date ({@code reference.icb-identity} says so). Some April 2026 districts are derived (see
 * {@link DistrictShare#derived()}); a finding about one says so.
 */
@NoQuotation("A data check: it compares the configuration with the ONS lookups, which are data, not a text to"
    + " quote.")
final class IcbFootprintRule extends AbstractRule {

  IcbFootprintRule() {
    super(
        "reference.icb-footprint",
        Severity.WARNING,
        EnglandReferenceRules.ONS_LOOKUPS,
        "The footprint of an ICB in England's reference data matches its official area as of the date of"
            + " validation, district by district",
        "Add the missing local authorities to the footprint, remove those outside the ICB's area, and give a share"
            + " for a district split between ICBs ('ics reference local-authorities' lists the official areas).",
        null);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Optional<Geography> edition = Geography.on(context.asOf());
    EnglandReference reference = EnglandReference.load();
    Optional<ReferenceIcb> official = system.icb().odsCode().flatMap(reference::findIcb)
        .or(() -> system.icb().gssCode().flatMap(reference::findIcb));
    if (official.isEmpty() || edition.isEmpty() || !system.icb().existsOn(context.asOf())
        || !official.get().isValidOn(context.asOf())) {
      return;
    }
    Map<GssCode, DistrictShare> districts = new LinkedHashMap<>();
    for (DistrictShare share : reference.footprint(official.get(), edition.get()).districts()) {
      districts.put(share.district().code(), share);
    }
    Set<GssCode> covered = new LinkedHashSet<>();
    List<FootprintArea> footprint = system.footprint();
    JsonPointer base = context.base().property("footprint");
    boolean compared = false;
    for (int i = 0; i < footprint.size(); i++) {
      FootprintArea area = footprint.get(i);
      Optional<GssCode> code = system.organisation(area.localAuthority()).flatMap(Organisation::gssCode);
      if (code.isEmpty()) {
        continue;
      }
      compared = true;
      GssCode gss = code.get();
      if (gss.is(GssEntity.COUNTY)) {
        boolean any = false;
        for (DistrictShare share : districts.values()) {
          if (share.upperTier().code().equals(gss)) {
            covered.add(share.district().code());
            any = true;
          }
        }
        if (!any) {
          context.report(base.index(i), area.localAuthority(), "The county " + gss + " has no district in the"
              + " official area of " + official.get().name() + " (" + edition.get() + " geography).");
        }
      } else if (districts.containsKey(gss)) {
        covered.add(gss);
        DistrictShare share = districts.get(gss);
        if (share.isSplit() && area.isWhole()) {
          context.report(base.index(i), area.localAuthority(), share.district().name() + " is split between ICBs:"
              + " officially " + share.percentInIcb().toPlainString() + "% of it is in " + official.get().name()
              + ", but the footprint includes the whole of it.");
        }
      } else {
        context.report(base.index(i), area.localAuthority(), "The local authority " + gss + " is not in the"
            + " official area of " + official.get().name() + " (" + edition.get() + " geography).");
      }
    }
    if (!compared) {
      return;
    }
    List<String> missing = districts.values().stream()
        .filter(share -> !covered.contains(share.district().code()))
        .map(share -> share.district().name() + " (" + share.district().code()
            + (share.derived() ? "; derived by county from the split of NHS Frimley ICB, not from an ONS lookup" : "")
            + ")")
        .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      context.report(base, system.icb().id(), "The footprint leaves out part of the official area of "
          + official.get().name() + " (" + edition.get() + " geography): " + String.join(", ", missing) + ".");
    }
  }
}
