package io.github.icsmodel.benchmarks;

import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.ProviderCollaborative;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic systems for the benchmarks: a given number of organisations and arrangements, in the
 * proportions of a real system scaled up (one NHS trust in 2,000 organisations, one local authority in 5,000, the
 * rest GP practices and VCSE organisations), with places, a provider collaborative, and arrangements of two to
 * five parties.
 */
public final class SyntheticSystems {
  private SyntheticSystems() {}

  /**
   * Generates the parts of a system, ready to build.
   *
   * @param organisations how many partner organisations
   * @param arrangements how many explicit arrangements
   * @param seed the random seed
   * @return a builder holding everything
   */
  public static io.github.icsmodel.system.IntegratedCareSystem.Builder parts(
      int organisations, int arrangements, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int trusts = Math.max(3, organisations / 2000);
    int councils = Math.max(2, organisations / 5000);
    List<Organisation> orgs = new ArrayList<>(organisations);
    List<LocalId> councilIds = new ArrayList<>();
    List<LocalId> trustIds = new ArrayList<>();
    for (int i = 0; i < organisations; i++) {
      LocalId id = LocalId.of("org-" + i);
      var builder = Organisation.builder().id(id).name("Organisation " + i);
      if (i < councils) {
        builder.kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY);
        councilIds.add(id);
      } else if (i < councils + trusts) {
        builder.kind(i % 2 == 0 ? OrganisationKind.NHS_TRUST : OrganisationKind.NHS_FOUNDATION_TRUST)
            .addServices(i % 3 == 0 ? ProviderService.MENTAL_HEALTH : ProviderService.ACUTE);
        trustIds.add(id);
      } else {
        builder.kind(i % 4 == 0 ? OrganisationKind.VCSE_ORGANISATION
            : OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER);
      }
      orgs.add(builder.build());
    }
    var system = IntegratedCareSystem.builder()
        .id(LocalId.of("synthetic"))
        .name("Synthetic Integrated Care System")
        .icb(IntegratedCareBoard.builder().id(LocalId.of("icb")).name("NHS Synthetic Integrated Care Board").build())
        .addAllOrganisations(orgs);
    for (LocalId council : councilIds) {
      system.addFootprint(FootprintArea.whole(council));
      system.addPlaces(PlaceBasedPartnership.builder().id(LocalId.of("place-" + council)).name("Place " + council)
          .addLocalAuthorities(council).addMembers(LocalId.of("icb")).build());
    }
    system.addProviderCollaboratives(ProviderCollaborative.builder().id(LocalId.of("collaborative"))
        .name("Collaborative").addAllMembers(trustIds).build());
    for (int a = 0; a < arrangements; a++) {
      int parties = 2 + random.nextInt(4);
      var arrangement = CooperationArrangement.builder().id(LocalId.of("arr-" + a))
          .kind(ArrangementKind.values()[random.nextInt(ArrangementKind.values().length)]);
      arrangement.addParties(trustIds.get(random.nextInt(trustIds.size())));
      arrangement.addParties(councilIds.get(random.nextInt(councilIds.size())));
      for (int p = 2; p < parties; p++) {
        arrangement.addParties(LocalId.of("org-" + random.nextInt(organisations)));
      }
      system.addArrangements(arrangement.build());
    }
    return system;
  }

  /**
   * Generates and builds a system.
   *
   * @param organisations how many partner organisations
   * @param arrangements how many explicit arrangements
   * @return the system
   */
  public static IntegratedCareSystem system(int organisations, int arrangements) {
    return parts(organisations, arrangements, 42).build();
  }
}
