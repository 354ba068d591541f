package io.github.icsmodel.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of this module, written by the build from the project's version (the template is
 * {@code src/main/java-templates/io/github/icsmodel/json/PackageVersion.java}, filtered by the templating Maven
 * plugin), as Jackson's own modules do: never typed by hand.
 */
final class PackageVersion {
  private PackageVersion() {}

  /** The version of the icsmodel release this module belongs to. */
  static final Version VERSION = VersionUtil.parseVersion("${project.version}", "${project.groupId}",
      "${project.artifactId}");
}
