package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing and reading are inverse: read(write(x)) equals x, and writing what was read gives the same bytes. The
 * configurations are drawn at random from every shape the model allows (see {@link RandomConfigurations}).
 */
class RoundTripTest {

  @Provide
  Arbitrary<IntegratedCareSystem> systems() {
    return Arbitraries.randomValue(RandomConfigurations::system);
  }

  @Provide
  Arbitrary<NationalConfiguration> nationalConfigurations() {
    return Arbitraries.randomValue(RandomConfigurations::national);
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesAnEqualSystem(@ForAll("systems") IntegratedCareSystem system) {
    String json = IcsJson.toJson(system);

    IntegratedCareSystem read = IcsJson.parseSystem(json);

    assertThat(read).isEqualTo(system);
    assertThat(IcsJson.toJson(read)).isEqualTo(json);
  }

  @Property(tries = 100)
  void readingWhatWasWrittenGivesAnEqualNationalConfiguration(
      @ForAll("nationalConfigurations") NationalConfiguration configuration) {
    String json = IcsJson.toJson(configuration);

    NationalConfiguration read = IcsJson.parseNational(json);

    assertThat(read).isEqualTo(configuration);
    assertThat(IcsJson.toJson(read)).isEqualTo(json);
  }

  @Property(tries = 50)
  void writingIsDeterministic(@ForAll("systems") IntegratedCareSystem system) {
    assertThat(IcsJson.toJson(system)).isEqualTo(IcsJson.toJson(system));
  }

  @Property(tries = 100)
  void theDetailedReaderReadsTheSameAsTheSimpleOne(@ForAll("systems") IntegratedCareSystem system) {
    String json = IcsJson.toJson(system);

    ReadResult<IntegratedCareSystem> strict = IcsJson.reader().parseSystem(json);
    ReadResult<IntegratedCareSystem> lenient = IcsJson.reader().lenient().parseSystem(json);

    assertThat(strict.value()).isEqualTo(system);
    assertThat(lenient.value()).isEqualTo(system);
    assertThat(strict.warnings()).isEmpty();
    assertThat(lenient.warnings()).isEmpty();
  }

}
