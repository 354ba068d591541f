package io.github.icsmodel.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {

  @Test
  void cites_a_section_and_its_limb() {
    LegalReference access = LegalReference.section(Act.NHS_ACT_2006, "14Z35").subdivision("(a)");
    assertThat(access.citation()).isEqualTo("NHS Act 2006 s.14Z35(a)");
    assertThat(access.pinpoint()).isEqualTo("s.14Z35(a)");
    assertThat(access.whole()).isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "14Z35"));
    assertThat(access.isStatutory()).isTrue();
    assertThat(access.schedule()).isEmpty();
  }

  @Test
  void cites_a_schedule_paragraph() {
    LegalReference para = LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "8").subdivision("(2)").subdivision("(a)");
    assertThat(para.citation()).isEqualTo("NHS Act 2006 Sch. 1B para 8(2)(a)");
    assertThat(para.schedule()).contains("1B");
    assertThat(para.number()).isEqualTo("8");
    assertThat(para.subdivisionText()).isEqualTo("(2)(a)");
  }

  @Test
  void cites_other_acts_and_regulations() {
    assertThat(LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "116ZA")
            .subdivision("(2)(b)").citation())
        .isEqualTo("LGPIHA 2007 s.116ZA(2)(b)");
    assertThat(LegalReference.section(Act.SI_2022_734, "33").citation()).isEqualTo("S.I. 2022/734 reg 33");
    assertThat(Act.SI_2023_368.isStatutoryInstrument()).isTrue();
    assertThat(Act.NHS_ACT_2006.title()).isEqualTo("National Health Service Act 2006");
  }

  @Test
  void equality_is_by_value() {
    assertThat(LegalReference.section(Act.NHS_ACT_2006, "72"))
        .isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "72"))
        .hasSameHashCodeAs(LegalReference.section(Act.NHS_ACT_2006, "72"))
        .isNotEqualTo(LegalReference.section(Act.NHS_ACT_2006, "82"))
        .isNotEqualTo(LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "72"));
  }

  @Test
  void refuses_malformed_numbers_and_subdivisions() {
    assertThatThrownBy(() -> LegalReference.section(Act.NHS_ACT_2006, "s.14Z35"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LegalReference.section(Act.NHS_ACT_2006, "14Z35").subdivision("a"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bracketed");
  }

  @Test
  void policy_references_cite_publisher_title_date_and_part() {
    PolicyReference reference = PolicyReference.of("NHS England", "Guidance", "2023-11").part("s.2");
    assertThat(reference.citation()).isEqualTo("NHS England, Guidance (2023-11), s.2");
    assertThat(reference.isStatutory()).isFalse();
    assertThat(reference.date()).contains("2023-11");
    assertThat(PolicyReference.of("NHS England", "Guidance", "").date()).isEmpty();
    assertThat(reference).isEqualTo(PolicyReference.of("NHS England", "Guidance", "2023-11").part("s.2"));
    assertThatThrownBy(() -> PolicyReference.of("NHS England", " ", "")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PolicyReference.of("NHS England", "x", "Nov 2023"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void the_policy_catalogue_is_policy_not_law() {
    assertThat(NhsEnglandPolicy.CONSTITUTION_GUIDANCE.isStatutory()).isFalse();
    assertThat(NhsEnglandPolicy.ICS_DESIGN_FRAMEWORK.date()).contains("2021-06-16");
  }
}
