package io.github.icsmodel.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** The pages pass the Nu HTML Checker (the W3C's validator, run in process and offline) with no error. */
class VnuTest {
  /** What the checker says of a page with neither an error nor a warning. */
  private static final String CLEAN = "Document checking completed. No errors found.";

  private static String check(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
    validator.setNoLangDetect(true);
    return validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theBundledExamplesPageHasNoError() throws Exception {
    assertThat(check(Pages.example())).isEqualToIgnoringWhitespace(CLEAN);
  }

  @Test
  void aPageWithFindingsAndChartsHasNoError() throws Exception {
    assertThat(check(Pages.system(Pages.WITH_TREND).render())).isEqualToIgnoringWhitespace(CLEAN);
  }

  @Test
  void aNationalPageHasNoError() throws Exception {
    IntegratedCareSystem system = IcsJson.reader().readSystem(Pages.WITH_TREND).value();
    NationalConfiguration national = NationalConfiguration.builder().addSystems(system).build();
    assertThat(check(Pages.national(national).render())).isEqualToIgnoringWhitespace(CLEAN);
  }

  @Test
  void theCheckerFindsErrors() throws Exception {
    assertThat(check("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p><div></p></body>"
        + "</html>")).contains("Error: Unclosed element").isNotEqualToIgnoringWhitespace(CLEAN);
  }
}
