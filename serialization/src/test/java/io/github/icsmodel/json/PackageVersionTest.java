package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The module's version is generated from the build: it is the project's version, never one typed by hand. */
class PackageVersionTest {

  @Test
  void is_the_project_version_from_the_pom() {
    String project = System.getProperty("icsmodel.version");

    assertThat(project).as("set by the surefire configuration of the serialization POM").isNotBlank();
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(project);
    assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("io.github.icsmodel");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("ics-serialization");
  }

  @Test
  void is_the_version_the_module_reports() {
    Version version = new IcsModule().version();

    assertThat(version).isEqualTo(PackageVersion.VERSION);
    assertThat(IcsModule.VERSION).isSameAs(PackageVersion.VERSION);
  }
}
