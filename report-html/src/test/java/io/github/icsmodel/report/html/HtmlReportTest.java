package io.github.icsmodel.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void rendersTheBundledExample() throws Exception {
    String html = Pages.example();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "northshire.html"), html);
    Document page = Jsoup.parse(html);
    assertThat(page.title()).contains("Northshire");
  }
}
