package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueCommandsIT {

  @Test
  void duties_lists_the_catalogue_and_filters_by_holder_or_kind() throws Exception {
    IcsProcess.Result all = IcsProcess.run("duties", "--format", "csv");
    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains("nhsa2006:14Z35,reducing inequalities,NHS Act 2006 s.14Z35,icb,");
    IcsProcess.Result trusts = IcsProcess.run("duties", "--owed-by", "nhs-trust");
    assertThat(trusts.exitCode()).isZero();
    assertThat(trusts.out()).contains("nhsa2006:72").contains("nhsa2006:82").doesNotContain("nhsa2006:14Z35");
    IcsProcess.Result icp = IcsProcess.run("duties", "--owed-by", "integrated-care-partnership", "--format", "json");
    assertThat(icp.exitCode()).isZero();
    assertThat(icp.out()).contains("\"id\" : \"lgpiha2007:116ZB\"");
  }

  @Test
  void duties_refuses_an_unknown_kind() throws Exception {
    IcsProcess.Result result = IcsProcess.run("duties", "--owed-by", "hospital");
    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("'hospital' is neither a duty holder nor an organisation kind");
  }

  @Test
  void purposes_prints_every_wording() throws Exception {
    IcsProcess.Result result = IcsProcess.run("purposes", "--format", "csv");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(17);
    assertThat(result.out()).contains(
        "2,tackle-inequalities-outcomes-experience-access,interim-icb-guidance-2021,"
            + "\"tackle inequalities in outcomes, experience and access\"");
  }
}
