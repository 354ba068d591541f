package io.github.icsmodel.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.purpose.CorePurpose;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The structural checks of a statutory duty and its limbs: what cannot be represented is refused. */
class StatutoryDutyTest {

  private static DutyLimb accessLimb() {
    return DutyLimb.builder()
        .id(DutyId.of("nhsa2006:14Z35(a)"))
        .label("access")
        .strength(DutyStrength.MUST_HAVE_REGARD_TO_THE_NEED_TO)
        .text("(a) reduce inequalities between persons with respect to their ability to access health services, and")
        .build();
  }

  private static StatutoryDuty.Builder reducingInequalities() {
    return StatutoryDuty.builder()
        .id(DutyId.of("nhsa2006:14Z35"))
        .shortTitle("reducing inequalities")
        .hasStatutoryShortTitle(true)
        .provision(LegalReference.section(Act.NHS_ACT_2006, "14Z35"))
        .summary("Have regard to the need to reduce inequalities in access and in outcomes")
        .owedBy(DutyHolder.ICB)
        .strength(DutyStrength.MUST_HAVE_REGARD_TO_THE_NEED_TO)
        .inForceFrom(LocalDate.of(2022, 7, 1))
        .addLimbs(accessLimb())
        .addPurposes(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS);
  }

  @Test
  void buildsAWellFormedDuty() {
    StatutoryDuty duty = reducingInequalities().build();
    assertThat(duty.id()).isEqualTo(DutyId.of("nhsa2006:14Z35"));
    assertThat(duty.limb(DutyId.of("nhsa2006:14Z35(a)"))).contains(accessLimb());
    assertThat(duty.limb(DutyId.of("nhsa2006:14Z35(b)"))).isEmpty();
    assertThat(duty.serves(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)).isTrue();
    assertThat(duty.serves(CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)).isFalse();
    assertThat(duty.text()).isEmpty();
    assertThat(duty.textVersion()).isEmpty();
    assertThat(duty).isEqualTo(reducingInequalities().build()).hasSameHashCodeAs(reducingInequalities().build());
  }

  @Test
  void limbProvisionComesFromItsId() {
    assertThat(accessLimb().provision().citation()).isEqualTo("NHS Act 2006 s.14Z35(a)");
  }

  @Test
  void collectionsAreImmutable() {
    StatutoryDuty duty = reducingInequalities().build();
    assertThatThrownBy(() -> duty.limbs().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> duty.purposes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> duty.notes().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesALimbIdAsTheDutyId() {
    assertThatThrownBy(() -> reducingInequalities().id(DutyId.of("nhsa2006:14Z35(a)")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("use nhsa2006:14Z35");
  }

  @Test
  void refusesAProvisionInAnotherSection() {
    assertThatThrownBy(
            () -> reducingInequalities().provision(LegalReference.section(Act.NHS_ACT_2006, "14Z34")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NHS Act 2006 s.14Z34 is not in NHS Act 2006 s.14Z35");
  }

  @Test
  void refusesAProvisionInAnotherAct() {
    assertThatThrownBy(
            () ->
                reducingInequalities()
                    .provision(
                        LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "14Z35"))
                    .build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void acceptsAProvisionNarrowedToASubsection() {
    StatutoryDuty duty =
        reducingInequalities()
            .provision(LegalReference.section(Act.NHS_ACT_2006, "14Z35").subdivision("(a)"))
            .build();
    assertThat(duty.provision().citation()).isEqualTo("NHS Act 2006 s.14Z35(a)");
  }

  @Test
  void refusesALimbOfAnotherDuty() {
    DutyLimb foreign = DutyLimb.builder().from(accessLimb()).id(DutyId.of("nhsa2006:14Z34(a)")).build();
    assertThatThrownBy(() -> reducingInequalities().addLimbs(foreign).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("limb nhsa2006:14Z34(a) belongs to another duty");
  }

  @Test
  void refusesTheSameLimbTwice() {
    DutyLimb relabelled = DutyLimb.builder().from(accessLimb()).label("access again").build();
    assertThatThrownBy(() -> reducingInequalities().addLimbs(relabelled).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void refusesTwoLimbsWithOneLabel() {
    DutyLimb outcomes = DutyLimb.builder().from(accessLimb()).id(DutyId.of("nhsa2006:14Z35(b)")).build();
    assertThatThrownBy(() -> reducingInequalities().addLimbs(outcomes).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("two limbs are labelled \"access\"");
  }

  @Test
  void refusesTextWithoutItsVersionAndTheReverse() {
    assertThatThrownBy(() -> reducingInequalities().text("Each integrated care board must ...").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("textVersion");
    assertThatThrownBy(() -> reducingInequalities().textVersion(TextVersion.AS_ENACTED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("textVersion");
    assertThat(
            reducingInequalities()
                .text("Each integrated care board must ...")
                .textVersion(TextVersion.AS_ENACTED)
                .build()
                .textVersion())
        .contains(TextVersion.AS_ENACTED);
  }

  @Test
  void refusesBlankOrMultiLineWords() {
    assertThatThrownBy(() -> reducingInequalities().shortTitle(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("shortTitle must not be blank");
    assertThatThrownBy(() -> reducingInequalities().summary("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("summary must not be blank");
    assertThatThrownBy(() -> reducingInequalities().summary("one\ntwo").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("summary must be one line");
    assertThatThrownBy(
            () -> reducingInequalities().text(" ").textVersion(TextVersion.AS_ENACTED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("text must not be blank");
    assertThatThrownBy(() -> reducingInequalities().addNotes("\t").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("note must not be blank");
  }

  @Test
  void refusesAMissingRequiredAttribute() {
    assertThatThrownBy(
            () ->
                StatutoryDuty.builder()
                    .id(DutyId.of("nhsa2006:14Z35"))
                    .shortTitle("reducing inequalities")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("owedBy");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> reducingInequalities().owedBy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> reducingInequalities().addNotes((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> reducingInequalities().build().limb(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void limbMustNameASubdivision() {
    assertThatThrownBy(() -> DutyLimb.builder().from(accessLimb()).id(DutyId.of("nhsa2006:14Z35")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a limb id must name a subdivision");
  }

  @Test
  void limbRefusesBlankWords() {
    assertThatThrownBy(() -> DutyLimb.builder().from(accessLimb()).label("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("label must not be blank");
    assertThatThrownBy(() -> DutyLimb.builder().from(accessLimb()).text(" \n").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("text must not be blank");
  }
}
