package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing and reading are inverse: read(write(x)) equals x, and writing what was read gives the same bytes. The
 * configurations are drawn at random from every shape the model allows (see {@link RandomConfigurations}), from
 * fixed seeds so that every build checks the same ones; {@link #writeThenRead} lets Jazzer choose the seeds and
 * the string values when fuzzing.
 */
class RoundTripTest {

  static LongStream seeds300() {
    return LongStream.range(0, 300);
  }

  static LongStream seeds100() {
    return LongStream.range(1_000, 1_100);
  }

  static LongStream seeds50() {
    return LongStream.range(2_000, 2_050);
  }

  @FuzzTest(maxDuration = "10m")
  void writeThenRead(FuzzedDataProvider data) {
    Random random = new Random(data.consumeLong());
    if (data.consumeBoolean()) {
      readingWhatWasWrittenGivesAnEqualNationalConfiguration(RandomConfigurations.national(random));
    } else {
      IntegratedCareSystem system = RandomConfigurations.system(random);
      readingWhatWasWrittenGivesAnEqualSystem(system);
      theDetailedReaderReadsTheSameAsTheSimpleOne(system);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds300")
  void readingWhatWasWrittenGivesAnEqualSystem(long seed) {
    readingWhatWasWrittenGivesAnEqualSystem(RandomConfigurations.system(new Random(seed)));
  }

  @ParameterizedTest
  @MethodSource("seeds100")
  void readingWhatWasWrittenGivesAnEqualNationalConfiguration(long seed) {
    readingWhatWasWrittenGivesAnEqualNationalConfiguration(RandomConfigurations.national(new Random(seed)));
  }

  @ParameterizedTest
  @MethodSource("seeds50")
  void writingIsDeterministic(long seed) {
    IntegratedCareSystem system = RandomConfigurations.system(new Random(seed));
    assertThat(IcsJson.toJson(system)).isEqualTo(IcsJson.toJson(system));
  }

  @ParameterizedTest
  @MethodSource("seeds100")
  void theDetailedReaderReadsTheSameAsTheSimpleOne(long seed) {
    theDetailedReaderReadsTheSameAsTheSimpleOne(RandomConfigurations.system(new Random(seed)));
  }

  private static void readingWhatWasWrittenGivesAnEqualSystem(IntegratedCareSystem system) {
    String json = IcsJson.toJson(system);

    IntegratedCareSystem read = IcsJson.parseSystem(json);

    assertThat(read).isEqualTo(system);
    assertThat(IcsJson.toJson(read)).isEqualTo(json);
  }

  private static void readingWhatWasWrittenGivesAnEqualNationalConfiguration(NationalConfiguration configuration) {
    String json = IcsJson.toJson(configuration);

    NationalConfiguration read = IcsJson.parseNational(json);

    assertThat(read).isEqualTo(configuration);
    assertThat(IcsJson.toJson(read)).isEqualTo(json);
  }

  private static void theDetailedReaderReadsTheSameAsTheSimpleOne(IntegratedCareSystem system) {
    String json = IcsJson.toJson(system);

    ReadResult<IntegratedCareSystem> strict = IcsJson.reader().parseSystem(json);
    ReadResult<IntegratedCareSystem> lenient = IcsJson.reader().lenient().parseSystem(json);

    assertThat(strict.value()).isEqualTo(system);
    assertThat(lenient.value()).isEqualTo(system);
    assertThat(strict.warnings()).isEmpty();
    assertThat(lenient.warnings()).isEmpty();
  }

}
