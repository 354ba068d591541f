package io.github.icsmodel.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeclarationTest {

  private static Declaration.Builder declaration() {
    return Declaration.builder()
        .id(LocalId.of("d1"))
        .person(LocalId.of("ned-1"))
        .interest("Trustee of a local charity bidding for a contract")
        .kind(InterestKind.NON_FINANCIAL_PERSONAL)
        .becameAwareOn(LocalDate.of(2024, 1, 1));
  }

  @Test
  void counts_the_days_to_declare() {
    assertThat(declaration().declaredOn(LocalDate.of(2024, 1, 29)).build().daysToDeclare()).isEqualTo(28);
    assertThat(declaration().declaredOn(LocalDate.of(2024, 1, 1)).build().daysToDeclare()).isZero();
  }

  @Test
  void a_declaration_cannot_precede_awareness() {
    assertThatThrownBy(() -> declaration().declaredOn(LocalDate.of(2023, 12, 31)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("before becameAwareOn");
  }

  @Test
  void a_register_covers_at_least_one_group_and_has_unique_declarations() {
    Declaration d = declaration().declaredOn(LocalDate.of(2024, 1, 2)).build();
    RegisterOfInterests register = RegisterOfInterests.builder()
        .id(LocalId.of("board-register"))
        .addCovers(RegisterScope.BOARD_MEMBERS)
        .access(RegisterAccess.PUBLISHED)
        .addDeclarations(d)
        .build();
    assertThat(register.declarations()).containsExactly(d);
    assertThatThrownBy(() -> RegisterOfInterests.builder()
            .id(LocalId.of("r"))
            .access(RegisterAccess.PUBLISHED)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("covers");
    assertThatThrownBy(() -> RegisterOfInterests.builder()
            .from(register)
            .addDeclarations(d)
            .build())
        .isInstanceOf(InvalidValueException.class);
  }
}
