package io.github.icsmodel.consumer.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ConsumerTest {

  @Test
  void the_library_is_on_the_module_path() {
    assertThat(IntegratedCareSystem.class.getModule().getName()).isEqualTo("io.github.icsmodel.core");
    assertThat(Consumer.class.getModule().getName()).isEqualTo("io.github.icsmodel.consumer");
    assertThat(io.github.icsmodel.report.html.HtmlReport.class.getModule().getName())
        .isEqualTo("io.github.icsmodel.report.html");
  }

  @Test
  void builds_validates_and_round_trips() {
    IntegratedCareSystem system = Consumer.system();
    ValidationReport report = Consumer.validate(system);
    assertThat(report.asOf()).isEqualTo(Consumer.AS_OF);
    // One chair is not a lawful board: the validator says so in findings and does not throw.
    assertThat(report.isValid()).isFalse();
    assertThat(report.blocking()).isNotEmpty();
    assertThat(Consumer.roundTrip(system)).isEqualTo(system);
  }

  @Test
  void builders_refuse_what_cannot_be_represented() {
    assertThatThrownBy(() -> LocalId.of("not an id")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void writes_the_html_report() {
    assertThat(Consumer.page(Consumer.system())).startsWith("<!DOCTYPE html>").contains("Helen Marsh");
  }

  @Test
  void main_runs() {
    Consumer.main(new String[0]);
  }
}
