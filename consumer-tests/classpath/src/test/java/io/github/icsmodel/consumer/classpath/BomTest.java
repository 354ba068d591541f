package io.github.icsmodel.consumer.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ics-bom has no parent (see its POM), so nothing in Maven keeps it in step with the build: this test does. The
 * reactor cannot import a BOM it builds itself (Maven 3), so the test reads the POM.
 */
class BomTest {

  private static Document bom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Path.of(System.getProperty("icsmodel.bom")).toFile());
  }

  private static String child(Element element, String name) {
    NodeList nodes = element.getElementsByTagName(name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  @Test
  void has_the_version_of_the_build() throws Exception {
    Element project = bom().getDocumentElement();
    NodeList versions = project.getElementsByTagName("version");
    // The project's own <version> is its first, before any dependency's.
    assertThat(versions.item(0).getParentNode()).isEqualTo(project);
    assertThat(versions.item(0).getTextContent().trim()).isEqualTo(System.getProperty("icsmodel.version"));
  }

  @Test
  void manages_every_published_artifact_at_the_version_of_the_build() throws Exception {
    Element management = (Element) bom().getElementsByTagName("dependencyManagement").item(0);
    NodeList dependencies = management.getElementsByTagName("dependency");
    List<String> managed = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(child(dependency, "version")).isEqualTo("${project.version}");
      managed.add(child(dependency, "groupId") + ":" + child(dependency, "artifactId"));
    }
    assertThat(managed).containsExactly("io.github.icsmodel:ics-core", "io.github.icsmodel:ics-serialization",
        "io.github.icsmodel:ics-report-html");
  }
}
