package io.github.icsmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IntegratedCareSystem;
import org.junit.jupiter.api.Test;

class SyntheticSystemsTest {

  @Test
  void generates_the_requested_size_deterministically() {
    IntegratedCareSystem system = SyntheticSystems.system(10_000, 1_000);
    assertThat(system.organisations()).hasSize(10_000);
    assertThat(system.arrangements()).hasSize(1_000);
    assertThat(system.organisations().stream().filter(Organisation::isLocalAuthority)).hasSize(2);
    assertThat(system.organisations().stream().filter(Organisation::isNhsBody)).hasSize(5);
    assertThat(SyntheticSystems.system(10_000, 1_000)).isEqualTo(system);
  }
}
