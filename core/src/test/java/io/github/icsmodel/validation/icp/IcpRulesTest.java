package io.github.icsmodel.validation.icp;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.COUNTY;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.COUNTY_GSS;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.EASTPORT;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NORTHBY;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NORTHBY_GSS;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.SOUTHDALE;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.SOUTHDALE_GSS;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IcpRulesTest {

  private static IntegratedCarePartnership icp() {
    return compliant().icp().get();
  }

  private static IntegratedCareSystem withIcp(IntegratedCarePartnership icp) {
    return compliant().withIcp(icp);
  }

  private static IntegratedCareSystem withMembers(List<IcpMember> members) {
    return withIcp(icp().withMembers(members));
  }

  private static IntegratedCareSystem withStrategy(
      UnaryOperator<IntegratedCareStrategy> change) {
    return withIcp(icp().withStrategy(change.apply(icp().strategy().get())));
  }

  private static List<IcpMember> membersWithout(String id) {
    List<IcpMember> members = new ArrayList<>(icp().members());
    members.removeIf(m -> m.id().equals(id(id)));
    return members;
  }

  private static IcpMember laMember(String id, String authority) {
    return IcpMember.builder().id(id(id)).name("Cllr " + id).appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY)
        .appointingAuthority(id(authority)).build();
  }

  @Nested
  class IcpEstablished {
    private final EstablishedRule rule = new EstablishedRule();

    @Test
    void icp_established_passes_when_the_system_has_an_icp() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_established_states_no_breach_when_the_icp_is_not_recorded() {
      assertThat(run(rule, compliant().withIcp(Optional.empty()))).isEmpty();
    }

    @Test
    void icp_unrecorded_warns_only_when_the_icp_is_not_recorded() {
      Rule unrecorded = new UnrecordedRule();
      assertThat(run(unrecorded, compliant().withIcp(Optional.empty()))).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.unrecorded");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.message()).contains("does not record the integrated care partnership", "s.116ZA(1)");
      });
      assertThat(run(unrecorded, compliant())).isEmpty();
      assertThat(run(unrecorded, compliant().withIcp(Optional.empty())
          .withRecordedSections(RecordedSection.INTEGRATED_CARE_PARTNERSHIP))).isEmpty();
    }

    @Test
    void icp_established_fails_when_there_is_no_icp() {
      List<Finding> findings = run(rule, compliant().withIcp(Optional.empty())
          .withRecordedSections(RecordedSection.INTEGRATED_CARE_PARTNERSHIP));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.established");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/icp"));
        assertThat(f.message()).contains("no integrated care partnership").contains("s.116ZA(1)");
        assertThat(f.basis().citation()).isEqualTo("LGPIHA 2007 s.116ZA(1)");
      });
    }

    @Test
    void icp_established_does_not_apply_before_1_july_2022() {
      assertThat(rule.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2022, 7, 1))).isTrue();
    }
  }

  @Nested
  class IcpIcbMember {
    private final IcbMemberRule rule = new IcbMemberRule();

    @Test
    void icp_icb_member_passes_with_exactly_one_icb_appointee() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_icb_member_fails_when_none_is_appointed_by_the_icb() {
      List<Finding> findings = run(rule, withMembers(membersWithout("icp-icb")));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.icb-member");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/icp/members"));
        assertThat(f.message()).contains("No member").contains("s.116ZA(2)(a)");
      });
    }

    @Test
    void icp_member_rules_state_no_breach_when_the_members_are_not_recorded() {
      IntegratedCareSystem silent = withIcp(icp().withMembers(List.of()));
      assertThat(run(rule, silent)).isEmpty();
      assertThat(run(new LocalAuthorityMembersRule(), silent)).isEmpty();
      IntegratedCareSystem none = silent.withRecordedSections(RecordedSection.INTEGRATED_CARE_PARTNERSHIP_MEMBERS);
      assertThat(run(rule, none)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
      assertThat(run(new LocalAuthorityMembersRule(), none)).isNotEmpty();
    }

    @Test
    void icp_members_unrecorded_warns_only_when_the_members_are_not_recorded() {
      Rule unrecorded = new MembersUnrecordedRule();
      assertThat(run(unrecorded, withIcp(icp().withMembers(List.of())))).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.members-unrecorded");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.path()).isEqualTo(at("/icp"));
        assertThat(f.message()).contains("does not record the integrated care partnership's members", "s.116ZA(2)");
      });
      assertThat(run(unrecorded, compliant())).isEmpty();
      assertThat(run(unrecorded, withIcp(icp().withMembers(List.of()))
          .withRecordedSections(RecordedSection.INTEGRATED_CARE_PARTNERSHIP_MEMBERS))).isEmpty();
      assertThat(run(unrecorded, compliant().withIcp(Optional.empty()))).isEmpty();
    }

    @Test
    void icp_icb_member_fails_for_a_second_icb_appointee_at_its_path() {
      List<IcpMember> members = new ArrayList<>(icp().members());
      members.add(IcpMember.builder().id(id("icp-icb-2")).name("David Okafor")
          .appointedBy(IcpAppointer.INTEGRATED_CARE_BOARD).build());
      List<Finding> findings = run(rule, withMembers(members));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icp/members/5"));
        assertThat(f.subject()).contains(id("icp-icb-2"));
        assertThat(f.message()).contains("second member appointed by the ICB").contains("icp-icb");
      });
    }
  }

  @Nested
  class IcpLocalAuthorityMembers {
    private final LocalAuthorityMembersRule rule = new LocalAuthorityMembersRule();

    @Test
    void icp_local_authority_members_passes_with_one_member_per_responsible_authority() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_local_authority_members_fails_when_one_missing_naming_it() {
      List<Finding> findings = run(rule, withMembers(membersWithout("icp-eastport")));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.local-authority-members");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/icp/members"));
        assertThat(f.subject()).contains(EASTPORT);
        assertThat(f.message()).contains("Eastport Council (E06000901)").contains("s.116ZA(2)(b)");
      });
    }

    @Test
    void icp_local_authority_members_does_not_ask_a_dissolved_authority_to_appoint() {
      IntegratedCareSystem system = withMembers(membersWithout("icp-eastport"));
      List<Organisation> organisations = new ArrayList<>(system.organisations());
      int eastport = organisations.indexOf(
          organisations.stream().filter(o -> o.id().equals(EASTPORT)).findFirst().get());
      organisations.set(eastport, organisations.get(eastport)
          .withDissolvedOn(LocalDate.of(2025, 4, 1)));
      assertThat(run(rule, system.withOrganisations(organisations))).isEmpty();
    }

    @Test
    void icp_local_authority_members_fails_for_each_extra_member_of_one_authority() {
      List<IcpMember> members = new ArrayList<>(icp().members());
      members.add(laMember("icp-northshire-2", "northshire-cc"));
      members.add(laMember("icp-northshire-3", "northshire-cc"));
      List<Finding> findings = run(rule, withMembers(members));
      assertThat(findings).extracting(Finding::path).containsExactly(at("/icp/members/5"), at("/icp/members/6"));
      assertThat(findings.get(0).message())
          .contains("Northshire County Council (E10000099) appoints 3 members")
          .contains("icp-northshire, icp-northshire-2, icp-northshire-3");
    }

    @Test
    void icp_local_authority_members_fails_when_a_district_appoints_under_para_b() {
      List<IcpMember> members = new ArrayList<>(icp().members());
      members.add(laMember("icp-northby", "northby-dc"));
      List<Finding> findings = run(rule, withMembers(members));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icp/members/5/appointingAuthority"));
        assertThat(f.message()).contains("Northby District Council").contains("not a responsible local authority");
      });
    }

    @Test
    void icp_local_authority_members_requires_the_county_of_footprint_districts_found_through_the_lookup() {
      // The footprint lists only the two districts; the county council is in the configuration but not the
      // footprint. Through the lookup its area is known to fall partly within the ICB's area.
      IntegratedCareSystem system = compliant()
          .withFootprint(FootprintArea.whole(NORTHBY), FootprintArea.whole(SOUTHDALE), FootprintArea.whole(EASTPORT))
          .withIcp(icp().withMembers(membersWithout("icp-northshire")));
      LocalAuthorityMembersRule withLookup =
          new LocalAuthorityMembersRule(Map.of(NORTHBY_GSS, COUNTY_GSS, SOUTHDALE_GSS, COUNTY_GSS));
      assertThat(run(withLookup, system)).singleElement().satisfies(f -> {
        assertThat(f.subject()).contains(COUNTY);
        assertThat(f.message()).contains("Northshire County Council (E10000099)");
      });
    }

    @Test
    void icp_local_authority_members_without_a_lookup_reports_districts_when_no_county_council_appoints() {
      IntegratedCareSystem system = compliant()
          .withFootprint(FootprintArea.whole(NORTHBY), FootprintArea.whole(SOUTHDALE), FootprintArea.whole(EASTPORT))
          .withIcp(icp().withMembers(membersWithout("icp-northshire")));
      assertThat(run(rule, system)).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icp/members"));
        assertThat(f.message())
            .contains("appointed by a county council")
            .contains("Northby District Council (E07000901), Southdale District Council (E07000902)");
      });
    }

    @Test
    void icp_local_authority_members_without_a_lookup_accepts_a_county_council_appointee_for_districts() {
      IntegratedCareSystem system = compliant()
          .withFootprint(FootprintArea.whole(NORTHBY), FootprintArea.whole(SOUTHDALE), FootprintArea.whole(EASTPORT));
      assertThat(run(rule, system)).isEmpty();
    }

    @Test
    void icp_local_authority_members_fails_for_an_authority_outside_the_area() {
      IntegratedCareSystem system = compliant()
          .withFootprint(FootprintArea.whole(COUNTY), FootprintArea.whole(NORTHBY), FootprintArea.whole(SOUTHDALE));
      assertThat(run(rule, system)).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icp/members/2/appointingAuthority"));
        assertThat(f.message()).contains("Eastport Council").contains("not in the ICB's footprint");
      });
    }
  }

  @Nested
  class IcpStrategyPrepared {
    private final StrategyPreparedRule rule = new StrategyPreparedRule();

    @Test
    void icp_strategy_prepared_passes_with_a_prepared_strategy() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_strategy_prepared_fails_without_a_strategy() {
      IntegratedCareSystem none = withIcp(icp().withStrategy(Optional.empty()))
          .withRecordedSections(RecordedSection.INTEGRATED_CARE_STRATEGY);
      assertThat(run(rule, none)).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.strategy-prepared");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/icp/strategy"));
        assertThat(f.message()).contains("records that the integrated care partnership has not prepared", "s.116ZB(1)");
      });
    }

    @Test
    void icp_strategy_prepared_states_no_breach_when_the_strategy_is_not_recorded() {
      assertThat(run(rule, withIcp(icp().withStrategy(Optional.empty())))).isEmpty();
    }

    @Test
    void icp_strategy_unrecorded_warns_only_when_the_strategy_is_not_recorded() {
      Rule unrecorded = new StrategyUnrecordedRule();
      assertThat(run(unrecorded, withIcp(icp().withStrategy(Optional.empty())))).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.strategy-unrecorded");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.path()).isEqualTo(at("/icp"));
        assertThat(f.message()).contains("does not record the integrated care partnership's strategy", "s.116ZB(1)");
      });
      assertThat(run(unrecorded, compliant())).isEmpty();
      assertThat(run(unrecorded, withIcp(icp().withStrategy(Optional.empty()))
          .withRecordedSections(RecordedSection.INTEGRATED_CARE_STRATEGY))).isEmpty();
      assertThat(run(unrecorded, compliant().withIcp(Optional.empty()))).isEmpty();
    }

    @Test
    void icp_strategy_prepared_fails_when_prepared_after_the_validation_date() {
      List<Finding> findings =
          run(rule, withStrategy(s -> s.withPreparedOn(LocalDate.of(2025, 9, 1))));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icp/strategy/preparedOn"));
        assertThat(f.message()).contains("2025-09-01");
      });
    }
  }

  @Nested
  class IcpStrategyPublished {
    private final StrategyPublishedRule rule = new StrategyPublishedRule();

    @Test
    void icp_strategy_published_passes_when_published() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_strategy_published_fails_when_not_published() {
      assertThat(run(rule, withStrategy(s -> s.withPublishedOn(Optional.empty())))).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("icp.strategy-published");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/icp/strategy/publishedOn"));
        assertThat(f.message()).contains("not recorded as published").contains("s.116ZB(7)(a)");
      });
    }
  }

  @Nested
  class IcpStrategyInvolvement {
    private final StrategyInvolvementRule rule = new StrategyInvolvementRule();

    @Test
    void icp_strategy_involvement_passes_when_healthwatch_and_public_involved() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_strategy_involvement_fails_for_each_missing_limb() {
      List<Finding> findings =
          run(rule, withStrategy(s -> s.withHealthwatchInvolved(false).withPublicInvolved(false)));
      assertThat(findings).extracting(Finding::path)
          .containsExactly(at("/icp/strategy/healthwatchInvolved"), at("/icp/strategy/publicInvolved"));
      assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
      assertThat(findings.get(0).message()).contains("Local Healthwatch").contains("s.116ZB(4)(a)");
      assertThat(findings.get(1).message()).contains("live or work").contains("s.116ZB(4)(b)");
    }
  }

  @Nested
  class IcpStrategySection75 {
    private final StrategySection75Rule rule = new StrategySection75Rule();

    @Test
    void icp_strategy_section_75_passes_when_considered() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_strategy_section_75_fails_when_not_considered() {
      assertThat(run(rule, withStrategy(s -> s.withConsideredSection75Arrangements(false))))
          .singleElement()
          .satisfies(f -> {
            assertThat(f.path()).isEqualTo(at("/icp/strategy/consideredSection75Arrangements"));
            assertThat(f.message()).contains("s.75").contains("s.116ZB(2)");
          });
    }
  }

  @Nested
  class IcpStrategyGiven {
    private final StrategyGivenRule rule = new StrategyGivenRule();

    @Test
    void icp_strategy_given_passes_when_given_to_the_icb_and_each_responsible_authority() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void icp_strategy_given_fails_naming_each_missing_recipient() {
      IntegratedCareStrategy strategy = icp().strategy().get();
      List<Finding> findings = run(rule, withStrategy(s -> s.withGivenTo(COUNTY)));
      assertThat(findings).extracting(f -> f.subject().get())
          .containsExactly(id("northshire-icb"), EASTPORT);
      assertThat(findings).allSatisfy(f -> assertThat(f.path()).isEqualTo(at("/icp/strategy/givenTo")));
      assertThat(findings.get(0).message()).contains(strategy.id().toString()).contains("s.116ZB(7)(b)(ii)");
      assertThat(findings.get(1).message()).contains("Eastport Council").contains("s.116ZB(7)(b)(i)");
    }
  }
}
