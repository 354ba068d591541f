package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.JsonPointer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IcsModuleTest {
  private final ObjectMapper mapper = JsonMapper.builder().addModule(new IcsModule()).build();

  @Test
  void hasAFixedNameAndTheProjectsVersion() {
    IcsModule module = new IcsModule();

    assertThat(module.getModuleName()).isEqualTo("IcsModule");
    assertThat(module.version().toString()).isEqualTo(System.getProperty("icsmodel.version"));
    assertThat(module.version().getGroupId()).isEqualTo("io.github.icsmodel");
    assertThat(module.version().getArtifactId()).isEqualTo("ics-serialization");
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).extracting(Module::getModuleName).contains("IcsModule");
  }

  @Test
  void registeringItTwiceIsHarmless() throws Exception {
    ObjectMapper twice = JsonMapper.builder().addModule(new IcsModule()).addModule(new IcsModule()).build();

    assertThat(twice.getRegisteredModuleIds()).hasSize(1);
    assertThat(twice.writeValueAsString(MemberRole.CHAIR)).isEqualTo("\"chair\"");
  }

  @Test
  void aPlainMapperWritesAndReadsTheSameFormat() throws Exception {
    IntegratedCareSystem system = RandomConfigurations.system(new Random(11));

    String compact = mapper.writeValueAsString(system);

    assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(IcsJson.toJson(system)));
    assertThat(mapper.readValue(compact, IntegratedCareSystem.class)).isEqualTo(system);
  }

  @Test
  void valuesOfTheModelAreWrittenAndReadOnTheirOwn() throws Exception {
    assertThat(mapper.writeValueAsString(OrganisationKind.NHS_FOUNDATION_TRUST)).isEqualTo("\"nhs-foundation-trust\"");
    assertThat(mapper.readValue("\"chief-executive\"", MemberRole.class)).isEqualTo(MemberRole.CHIEF_EXECUTIVE);
    assertThat(mapper.writeValueAsString(FinancialYear.of("2024/25"))).isEqualTo("\"2024/25\"");
    assertThat(mapper.readValue("\"trust-north\"", LocalId.class)).isEqualTo(LocalId.of("trust-north"));
    assertThat(mapper.readValue("\"/icb/board\"", JsonPointer.class)).isEqualTo(JsonPointer.of("/icb/board"));
  }

  @Test
  void anImmutableImplementationIsWrittenAsItsModelType() throws Exception {
    BoardMember member =
        BoardMember.builder().id(LocalId.of("chair")).name("A. Chair").role(MemberRole.CHAIR).build();

    assertThat(mapper.writeValueAsString(member))
        .as("facts not recorded are left out, not written as false")
        .isEqualTo("{\"id\":\"chair\",\"name\":\"A. Chair\",\"role\":\"chair\",\"participation\":\"voting-member\"}");
  }

  @Test
  void systemsInsideAnotherDocumentCarryNoFormatMarker() throws Exception {
    String json = "[{\"id\": \"a\", \"name\": \"A\", \"icb\": {\"id\": \"icb\", \"name\": \"ICB\"}}]";

    List<IntegratedCareSystem> systems = mapper.readValue(json, new TypeReference<List<IntegratedCareSystem>>() {});

    assertThat(systems).singleElement().extracting(IntegratedCareSystem::name).isEqualTo("A");
    assertThat(mapper.writeValueAsString(systems)).doesNotContain("format");
  }

  @Test
  void aValueThatCannotBeRepresentedIsAJacksonProblemNamingThePointer() {
    String json = "{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"A\", \"icb\": {\"id\": \"icb\", \"name\": \"ICB\","
        + " \"board\": {\"members\": [{\"id\": \"m\", \"name\": \"M\", \"role\": \"chiar\"}]}}}";

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> mapper.readValue(json, IntegratedCareSystem.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo("/icb/board/members/0/role: expected one of chair, chief-executive, ordinary-member, participant;"
            + " got \"chiar\" (did you mean \"chair\"?)");
    assertThat(e.getLocation().getColumnNr()).isEqualTo(json.indexOf("\"chiar\"") + 1);
  }

  @Test
  void aPlainMapperIsStrict() {
    String json = "{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"A\", \"colour\": 1}";

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> mapper.readValue(json, IntegratedCareSystem.class));

    assertThat(e.getOriginalMessage()).startsWith("/colour: unknown property \"colour\"");
  }
}
