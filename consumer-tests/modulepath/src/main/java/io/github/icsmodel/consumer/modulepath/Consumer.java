package io.github.icsmodel.consumer.modulepath;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.report.html.HtmlReport;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;

/**
 * A program written the way a user of the library writes one, on the module path: it builds a system, validates it
 * and writes and reads it as JSON. It is compiled with {@code -Xlint:all -Werror}, so a warning the library causes
 * in its users' builds fails this build.
 */
public final class Consumer {

  /** The date every answer is given as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

  private Consumer() {}

  /**
   * Builds the README's system.
   *
   * @return the system
   */
  public static IntegratedCareSystem system() {
    return IntegratedCareSystem.builder()
        .id(LocalId.of("northshire"))
        .name("Northshire Integrated Care System")
        .icb(IntegratedCareBoard.builder()
            .id(LocalId.of("northshire-icb"))
            .name("NHS Northshire Integrated Care Board")
            .odsCode(OdsCode.of("QZ1"))
            .board(Board.builder()
                .addMembers(BoardMember.builder()
                    .id(LocalId.of("chair")).name("Helen Marsh").role(MemberRole.CHAIR)
                    .appointedBy(AppointingAuthority.NHS_ENGLAND)
                    .addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)
                    .build())
                .build())
            .build())
        .build();
  }

  /**
   * Validates a system with the library's rules.
   *
   * @param system the system
   * @return the report
   */
  public static ValidationReport validate(IntegratedCareSystem system) {
    return Validator.of(RuleSet.all()).validate(system, AS_OF);
  }

  /**
   * Writes a system as JSON and reads it back.
   *
   * @param system the system
   * @return the system read back
   */
  public static IntegratedCareSystem roundTrip(IntegratedCareSystem system) {
    return IcsJson.parseSystem(IcsJson.toJson(system));
  }

  /**
   * Writes the board's HTML report of a system.
   *
   * @param system the system
   * @return the HTML page
   */
  public static String page(IntegratedCareSystem system) {
    return HtmlReport.builder().report(validate(system)).system(system).build().render();
  }

  /**
   * Runs the program.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    IntegratedCareSystem system = system();
    ValidationReport report = validate(system);
    System.out.println(report.findings().size() + " findings as of " + report.asOf() + "; valid: " + report.isValid()
        + "; read back equal: " + roundTrip(system).equals(system));
  }
}
