package io.github.icsmodel.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Start dates: commencement of law, publication (and transition) of policy, and the pending Health Bill. */
class StartDateTest {
  private static final LocalDate HCA_DAY = LocalDate.of(2022, 7, 1);

  @Test
  void provisions_inserted_by_the_health_and_care_act_commence_on_1_july_2022_with_their_source() {
    StartDate s14z35 = LegalReference.section(Act.NHS_ACT_2006, "14Z35").startDate().orElseThrow();
    assertThat(s14z35.date()).isEqualTo(HCA_DAY);
    assertThat(s14z35.source()).contains("S.I. 2022/734", "s.25");
    assertThat(LegalReference.section(Act.NHS_ACT_2006, "14Z25").subdivision("(3)").startDate())
        .map(StartDate::date).contains(HCA_DAY);
    assertThat(LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "7").subdivision("(2)").startDate())
        .map(StartDate::date).contains(HCA_DAY);
    assertThat(LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "116ZB")
        .startDate()).map(StartDate::date).contains(HCA_DAY);
    assertThat(LegalReference.section(Act.NHS_ACT_2006, "72").subdivision("(1B)").startDate())
        .map(StartDate::date).contains(HCA_DAY);
  }

  @Test
  void provisions_whose_commencement_the_notes_do_not_record_have_no_start_date() {
    assertThat(LegalReference.section(Act.NHS_ACT_2006, "72").subdivision("(1)").startDate()).isEmpty();
    assertThat(LegalReference.section(Act.NHS_ACT_2006, "82").subdivision("(1)").startDate()).isEmpty();
    assertThat(LegalReference.section(Act.NHS_ACT_2006, "13SA").startDate()).isEmpty();
    assertThat(LegalReference.section(Act.HEALTH_AND_SOCIAL_CARE_ACT_2012, "194").startDate()).isEmpty();
  }

  @Test
  void guidance_applies_from_the_first_day_it_had_certainly_been_published() {
    assertThat(PolicyReference.of("P", "T", "2022-02-23").startDate()).map(StartDate::date)
        .contains(LocalDate.of(2022, 2, 23));
    assertThat(PolicyReference.of("P", "T", "2021-08").startDate()).map(StartDate::date)
        .contains(LocalDate.of(2021, 9, 1));
    assertThat(PolicyReference.of("P", "T", "2021").startDate()).map(StartDate::date)
        .contains(LocalDate.of(2022, 1, 1));
    assertThat(PolicyReference.of("P", "T", "").startDate()).isEmpty();
    assertThat(NhsEnglandPolicy.CONSTITUTION_GUIDANCE.startDate()).as("updated guidance: date not recorded").isEmpty();
    assertThat(NhsEnglandPolicy.CONSTITUTION_GUIDANCE_START.date())
        .as("it updates the guidance of 13 May 2022, so it came after that day").isEqualTo(LocalDate.of(2022, 5, 14));
    assertThat(NhsEnglandPolicy.CONSTITUTION_GUIDANCE_START.appliesOn(LocalDate.of(2022, 5, 13))).isFalse();
  }

  @Test
  void guidance_with_a_transition_applies_from_the_end_of_the_transition() {
    StartDate start = NhsEnglandPolicy.WORKING_TOGETHER_AT_SCALE.startDate().orElseThrow();
    assertThat(start.date()).isEqualTo(HCA_DAY);
    assertThat(start.source()).contains("July 2022");
    assertThat(start.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
    assertThat(start.appliesOn(HCA_DAY)).isTrue();
    assertThatThrownBy(() -> PolicyReference.of("P", "T", "2021-08").effectiveFrom(LocalDate.of(2021, 8, 15), "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2021-09-01");
    assertThat(PolicyReference.of("P", "T", "2021-08").effectiveFrom(HCA_DAY, "x"))
        .isNotEqualTo(PolicyReference.of("P", "T", "2021-08"));
  }

  @Test
  void the_health_bill_is_recorded_as_pending_and_no_rule_applies_it() {
    assertThat(PendingChange.all()).containsExactly(PendingChange.HEALTH_BILL);
    assertThat(PendingChange.HEALTH_BILL.startDate()).isEmpty();
    assertThat(PendingChange.HEALTH_BILL.introducedOn()).isEqualTo(LocalDate.of(2026, 5, 14));
    assertThat(PendingChange.HEALTH_BILL.status()).contains("not law");
    for (Rule rule : RuleSet.all().rules()) {
      assertThat(rule.basis().citation()).doesNotContain("Health Bill");
      assertThat(rule.basis()).isInstanceOfAny(LegalReference.class, PolicyReference.class);
      if (rule.basis() instanceof LegalReference) {
        assertThat(((LegalReference) rule.basis()).act().shortTitle()).doesNotContain("Health Bill");
      }
    }
  }
}
