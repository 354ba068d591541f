package io.github.icsmodel.validation.duties;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.duty.DutyId;
import java.time.LocalDate;
import java.util.List;

/**
 * The duty ids the validation rules need, in the duty catalogue's text form ({@code nhsa2006:14Z35}), until the
 * duty catalogue ({@code DutyCatalogue.generalDutiesOfIcbs()}) is available to them.
 *
 * <p>The NHS Act 2006 labels ss.14Z34 to 14Z45 as the "general duties of integrated care boards" (s.14Z52(2)(b)(i);
 * s.14Z58(2)(a)). Sections 14Z32 (NHS Constitution) and 14Z33 (effectiveness, efficiency and economy) are duties
 * of ICBs too, but the Act does not give them that label, and neither the joint forward plan, the annual report
 * nor NHS England's performance assessment refers to them, so they are not in {@link #GENERAL}.
 */
public final class IcbDuties {
  private IcbDuties() {}

  /** Sections 14Z25 to 14Z45 of the NHS Act 2006 came into force on 1 July 2022 (HCA 2022 s.25). */
  public static final LocalDate IN_FORCE = LocalDate.of(2022, 7, 1);

  /** The general duties of integrated care boards, ss.14Z34 to 14Z45 of the NHS Act 2006, in section order. */
  public static final List<DutyId> GENERAL = ImmutableList.of(
      nhsa("14Z34"), nhsa("14Z35"), nhsa("14Z36"), nhsa("14Z37"), nhsa("14Z38"), nhsa("14Z39"),
      nhsa("14Z40"), nhsa("14Z41"), nhsa("14Z42"), nhsa("14Z43"), nhsa("14Z44"), nhsa("14Z45"));

  /**
   * The ICB's duties among the "financial duties" of ss.223GB to 223N of the NHS Act 2006 (s.14Z52(2)(b)(ii)):
   * s.223GC (break-even), s.223L(2) (seek to achieve joint financial objectives) and s.223M (joint capital and
   * revenue resource limits). Sections 223GB, 223GD and 223N confer powers on NHS England and the Secretary of
   * State to give directions rather than impose a duty of their own, and s.223LA (inserted by HCA 2022 s.30, whose
   * commencement is unconfirmed) is left out.
   */
  public static final List<DutyId> FINANCIAL = ImmutableList.of(nhsa("223GC"), nhsa("223L"), nhsa("223M"));

  /** The duty to keep the board's skills, knowledge and experience under review, s.14Z49 of the NHS Act 2006. */
  public static final DutyId BOARD_SKILLS_REVIEW = nhsa("14Z49");

  /** The duty to have regard to the need to reduce inequalities, s.14Z35 of the NHS Act 2006. */
  public static final DutyId REDUCING_INEQUALITIES = nhsa("14Z35");

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

  private static DutyId nhsa(String section) {
    return DutyId.of("nhsa2006:" + section);
  }

  /**
   * Returns a short citation of a duty of the NHS Act 2006 for messages, such as {@code s.14Z35}.
   *
   * @param duty the duty
   * @return the citation
   */
  public static String cite(DutyId duty) {
    String text = duty.toString();
    return text.startsWith("nhsa2006:") ? "s." + text.substring("nhsa2006:".length()) : text;
  }
}
