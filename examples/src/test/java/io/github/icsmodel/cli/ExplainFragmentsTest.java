package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.reference.Geography;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON fragments {@code ics explain} shows ({@code fragments.json}): each belongs to a rule that exists, and,
 * added where it says to a starting configuration written by {@code ics init}, gives a document that the strict
 * reader reads and the JSON Schema accepts; for the rules that find something in the starting configuration, the
 * fragment changes what the rule finds (fewer findings, or a shortfall made smaller).
 */
class ExplainFragmentsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(IcsJson.schema());

  static Stream<String> rules() {
    return Fragments.all().keySet().stream();
  }

  /** A starting configuration as ics init writes it, with an empty board (so that the board rules find a gap). */
  private static IntegratedCareSystem start(boolean skeleton) {
    EnglandReference reference = EnglandReference.load();
    ReferenceIcb icb = reference.getIcb(io.github.icsmodel.identifier.OdsCode.of("QYG"));
    IntegratedCareSystem system = InitCommand.configuration(reference, icb, Geography.APRIL_2026);
    return skeleton ? system : system.withIcb(system.icb().withBoard(Board.empty()));
  }

  @Test
  void fragments_cover_the_rules_that_need_data_and_every_one_names_a_rule() {
    Set<String> rules = KnownRules.listed(AS_OF).stream().map(r -> r.id().toString())
        .collect(Collectors.toSet());
    assertThat(Fragments.all()).isNotEmpty();
    assertThat(rules).containsAll(Fragments.all().keySet());
    assertThat(Fragments.all()).containsKeys("board.seat-unrecorded", "board.chair-count",
        "board.chief-executive-count", "board.partner-member-trusts", "board.partner-member-primary-medical-services",
        "board.partner-member-local-authorities", "board.executive-finance", "board.executive-medical",
        "board.executive-nursing", "board.non-executive-count", "plan.jfp-exists", "plan.capital-plan",
        "plan.annual-report-prepared", "interest.registers-kept", "icp.icb-member", "icp.local-authority-members",
        "icp.strategy-prepared", "constitution.published", "duty.accountable-lead", "committee.audit-exists");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void each_fragment_added_where_it_says_reads_strictly_and_meets_the_schema(String rule) throws Exception {
    for (boolean skeleton : new boolean[] {true, false}) {
      IntegratedCareSystem before = start(skeleton);
      String council = before.organisations().stream()
          .filter(o -> o.kind() == io.github.icsmodel.organisation.OrganisationKind.LOCAL_AUTHORITY)
          .findFirst().orElseThrow().id().toString();
      String json = insert(IcsJson.toJson(before), Fragments.forRule(rule).orElseThrow())
          .replace("the-council-s-id-among-organisations", council);

      assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema errors").isEmpty();
      IntegratedCareSystem after = IcsJson.parseSystem(json);
      assertThat(after).isNotEqualTo(before);

      Validator validator = Validator.of(EnglandReferenceRules.ruleSet(AS_OF));
      ValidationReport was = validator.validate(before, AS_OF);
      ValidationReport is = validator.validate(after, AS_OF);
      assertThat(is.count(Severity.FATAL)).isZero();
      if (!was.forRule(RuleId.of(rule)).isEmpty()) {
        assertThat(is.forRule(RuleId.of(rule))).as("the fragment addresses " + rule)
            .isNotEqualTo(was.forRule(RuleId.of(rule)));
      }
    }
  }

  @Test
  void explain_prints_the_fragment_to_copy_and_where_it_goes() {
    StringWriter out = new StringWriter();
    int exit = Ics.run(new String[] {"explain", "board.partner-member-trusts"}, new PrintWriter(out),
        new PrintWriter(new StringWriter()));

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Example: add to the array /icb/board/members (replace the example names,"
        + " dates and ids with your own):")
        .contains("  {\n    \"id\": \"partner-member-trusts\",")
        .contains("    \"nominatingConstituency\": \"trusts-of-the-area\",");
    StringWriter none = new StringWriter();
    Ics.run(new String[] {"explain", "structure.unique-ids"}, new PrintWriter(none), new PrintWriter(new StringWriter()));
    assertThat(none.toString()).doesNotContain("Example:");
  }

  /** Adds a fragment to a document at its pointer: appended to an array ({@code /-}), or set as a property. */
  static String insert(String document, Fragments.Fragment fragment) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(document);
    String at = fragment.at;
    boolean append = at.endsWith("/-");
    String path = append ? at.substring(0, at.length() - 2) : at;
    int slash = path.lastIndexOf('/');
    ObjectNode parent = root;
    for (String token : path.substring(1, slash == 0 ? 1 : slash).split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      JsonNode child = parent.get(token);
      parent = child == null ? parent.putObject(token) : (ObjectNode) child;
    }
    String name = path.substring(slash + 1);
    if (append) {
      JsonNode array = parent.get(name);
      (array == null ? parent.putArray(name) : (ArrayNode) array).add(fragment.value.deepCopy());
    } else {
      parent.set(name, fragment.value.deepCopy());
    }
    return JSON.writeValueAsString(root);
  }

  @Test
  void insert_appends_to_arrays_and_sets_properties() throws Exception {
    Map<String, Fragments.Fragment> all = Fragments.all();
    String json = insert("{\"format\": \"icsmodel/1\"}", all.get("plan.jfp-exists"));
    assertThat(JSON.readTree(json).at("/jointForwardPlans/0/firstYear").asText()).isEqualTo("2026/27");
    String set = insert("{\"format\": \"icsmodel/1\", \"icb\": {}}", all.get("constitution.published"));
    assertThat(JSON.readTree(set).at("/icb/constitutionPublished").asBoolean()).isTrue();
  }
}
