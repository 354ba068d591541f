package io.github.icsmodel.validation.duties;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.StatutoryDuty;
import java.time.LocalDate;
import java.util.List;

/**
 * The duties the validation rules check, taken from the built-in {@link DutyCatalogue}.
 *
 * <p>The NHS Act 2006 labels ss.14Z34 to 14Z45 as the "general duties of integrated care boards" (s.14Z52(2)(b)(i);
 * s.14Z58(2)(a)). Sections 14Z32 (NHS Constitution) and 14Z33 (effectiveness, efficiency and economy) are duties
 * of ICBs too, but the Act does not give them that label, and neither the joint forward plan, the annual report
 * nor NHS England's performance assessment refers to them, so they are not in {@link #GENERAL}.
 */
public final class IcbDuties {
  private IcbDuties() {}

  /**
   * 1 July 2022, when the duties of ICBs came into force: ss.14Z32 to 14Z64 of the NHS Act 2006 were inserted on
   * that day by Health and Care Act 2022 s.25(2); ss.14Z25 to 14Z31 were inserted by ss.19 and 20 of that Act,
   * partly in force from 9 May 2022 and fully from 1 July 2022 (S.I. 2022/734).
   */
  public static final LocalDate IN_FORCE = LocalDate.of(2022, 7, 1);

  /** The general duties of integrated care boards, ss.14Z34 to 14Z45 of the NHS Act 2006, in section order. */
  public static final List<DutyId> GENERAL = DutyCatalogue.builtIn().generalDutiesOfIcbs().stream()
      .map(StatutoryDuty::id)
      .collect(ImmutableList.toImmutableList());

  /**
   * The financial duties among "sections 223GB to 223N (financial duties)" (s.14Z52(2)(b)(ii)) that are known to
   * be in force: ss.223GC (break-even), 223L (seek to achieve joint financial objectives) and 223M (joint capital
   * and revenue resource limits). Section 223LA (joint break-even, inserted by HCA 2022 s.30) is left out because
   * its commencement is unconfirmed (the catalogue gives it no in-force date); ss.223GB, 223GD and 223N confer
   * powers rather than impose duties.
   */
  public static final List<DutyId> FINANCIAL = DutyCatalogue.builtIn().financialDuties().stream()
      .filter(duty -> duty.inForceFrom().isPresent())
      .map(StatutoryDuty::id)
      .collect(ImmutableList.toImmutableList());

  /** The duty to keep the board's skills, knowledge and experience under review, s.14Z49 of the NHS Act 2006. */
  public static final DutyId BOARD_SKILLS_REVIEW = DutyId.of("nhsa2006:14Z49");

  /** The duty to have regard to the need to reduce inequalities, s.14Z35 of the NHS Act 2006. */
  public static final DutyId REDUCING_INEQUALITIES = DutyId.of("nhsa2006:14Z35");

  /**
   * The access limb of s.14Z35: "(a) reduce inequalities between persons with respect to their ability to access
   * health services".
   */
  public static final DutyId REDUCING_INEQUALITIES_ACCESS = DutyId.of("nhsa2006:14Z35(a)");

  /**
   * The outcomes limb of s.14Z35: "(b) reduce inequalities between patients with respect to the outcomes achieved
   * for them by the provision of health services".
   */
  public static final DutyId REDUCING_INEQUALITIES_OUTCOMES = DutyId.of("nhsa2006:14Z35(b)");

  /**
   * Returns whether evidence is current on a date: dated no more than a year before it, and not after it.
   *
   * @param evidence the evidence
   * @param asOf the date of validation
   * @return true if current
   */
  public static boolean isCurrent(Evidence evidence, LocalDate asOf) {
    return !evidence.date().isAfter(asOf) && !evidence.date().isBefore(asOf.minusYears(1));
  }

  /**
   * Returns a short citation of a duty for messages, such as {@code s.14Z35} or {@code s.14Z35(a)}.
   *
   * @param duty the duty
   * @return the citation
   */
  public static String cite(DutyId duty) {
    return "s." + duty.section() + duty.subdivision();
  }
}
