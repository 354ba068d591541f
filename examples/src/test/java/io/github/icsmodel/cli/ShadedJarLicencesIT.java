package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code ics.jar} carries the project's LICENSE and NOTICE, and the licence text of every bundled
 * library whose licence asks for its text to travel with it (LGPL JFreeChart, MIT FastCSV), each named in NOTICE.
 */
class ShadedJarLicencesIT {

  @Test
  void the_jar_carries_licence_and_notice_and_the_texts_the_bundled_licences_require() throws IOException {
    try (ZipFile jar = new ZipFile(IcsProcess.jar().toFile())) {
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      String notice = text(jar, "META-INF/NOTICE");
      assertThat(notice).contains("JFreeChart", "META-INF/licenses/jfreechart-LGPL-2.1.txt")
          .contains("FastCSV", "META-INF/licenses/fastcsv-MIT.txt");
      assertThat(text(jar, "META-INF/licenses/jfreechart-LGPL-2.1.txt")).contains("GNU LESSER GENERAL PUBLIC LICENSE");
      assertThat(text(jar, "META-INF/licenses/fastcsv-MIT.txt")).contains("MIT License", "Oliver Siegmar");
      assertThat(jar.getEntry("de/siegmar/fastcsv/writer/CsvWriter.class")).as("FastCSV is bundled").isNotNull();
    }
  }

  private static String text(ZipFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
