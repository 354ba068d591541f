package io.github.icsmodel.law;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commencement dates of the provisions the library cites, as the library's legal sources record them
 * ({@code law-and-policy.md}); a provision not listed here has no recorded date, which the documentation says.
 *
 * <ul>
 *   <li>NHS Act 2006 s.1I, s.3, ss.14Z25 to 14Z31, ss.14Z32 to 14Z64, ss.223GB to 223GC and Schedule 1B: 1 July 2022.
 *       HCA 2022 ss.18, 19 (so far as not already in force), 20, 21, 25, 26, 27 and 29 came into force on 1 July
 *       2022 (S.I. 2022/734 Schedule); "Ss. 14Z32-14Z64 and cross-headings inserted (1.7.2022) by Health and Care
 *       Act 2022 (c. 31), ss. 25(2), 186(6)" (legislation.gov.uk); Schedule 1B Part 1 was in force on 9 May 2022
 *       only for the purpose of inserting it, and fully from 1 July 2022.
 *   <li>LGPIHA 2007 ss.116ZA, 116ZB and 116B: 1 July 2022 (inserted or substituted by HCA 2022 s.26, in force 1 July
 *       2022 under S.I. 2022/734).
 *   <li>NHS Act 2006 s.72(1A), (1B) and (5), and s.82(2) to (4): 1 July 2022 (HCA 2022 s.75, in force 1 July 2022
 *       under S.I. 2022/734).
 * </ul>
 *
 * <p>Not recorded (UNCONFIRMED in the notes, or older than the notes go): s.72(1) and s.82(1) of the NHS Act 2006
 * as enacted in 2006, s.13SA, HSCA 2012 s.194, and the date of any provision of a statutory instrument. Rules on
 * those provisions state no start date of their own; no rule about an ICB applies before its ICB exists, and no ICB
 * existed before 1 July 2022.
 */
final class Commencements {
  static final LocalDate HCA_2022_DAY = LocalDate.of(2022, 7, 1);
  private static final String SI_2022_734 = "S.I. 2022/734 Schedule: HCA 2022 s.";
  private static final Pattern FOURTEEN_Z = Pattern.compile("14Z([0-9]+)");

  private Commencements() {}

  static Optional<StartDate> of(LegalReference reference) {
    String number = reference.number();
    switch (reference.act()) {
      case NHS_ACT_2006:
        if (reference.schedule().isPresent()) {
          return reference.schedule().get().equals("1B")
              ? Optional.of(StartDate.of(HCA_2022_DAY,
                  "Schedule 1B (inserted by HCA 2022 Sch. 2) fully in force 1 July 2022 (legislation.gov.uk)"))
              : Optional.empty();
        }
        Matcher matcher = FOURTEEN_Z.matcher(number);
        if (matcher.matches()) {
          int n = Integer.parseInt(matcher.group(1));
          if (n >= 25 && n <= 31) {
            return hca("19");
          }
          if (n >= 32 && n <= 64) {
            return hca("25");
          }
          return Optional.empty();
        }
        switch (number) {
          case "1I":
            return hca("18");
          case "3":
            return hca("21");
          case "223GB":
          case "223GC":
            return hca("29");
          case "72":
            return reference.subdivisionText().startsWith("(1A)")
                    || reference.subdivisionText().startsWith("(1B)")
                ? hca("75(2)")
                : Optional.empty();
          case "82":
            return reference.subdivisionText().matches("\\([234]\\).*") ? hca("75(3)") : Optional.empty();
          default:
            return Optional.empty();
        }
      case LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007:
        switch (number) {
          case "116ZA":
          case "116ZB":
          case "116B":
            return hca("26");
          default:
            return Optional.empty();
        }
      default:
        return Optional.empty();
    }
  }

  private static Optional<StartDate> hca(String section) {
    return Optional.of(StartDate.of(HCA_2022_DAY, SI_2022_734 + section + " in force 1 July 2022"));
  }
}
