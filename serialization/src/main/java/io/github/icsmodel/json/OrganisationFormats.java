package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.GSS_CODE;
import static io.github.icsmodel.json.Values.LOCAL_ID;
import static io.github.icsmodel.json.Values.ODS_CODE;
import static io.github.icsmodel.json.Values.STRING;
import static io.github.icsmodel.json.Values.enumOf;

import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;

/**
 * The organisations of format {@code icsmodel/1}: the bodies every other table refers to. Every table lists the
 * type's properties in the order its accessors are declared, under the accessors' names; types used by others come
 * first, so that each table can refer to the formats of its parts.
 */
final class OrganisationFormats {
  private OrganisationFormats() {}

  // organisation

  static final ObjectFormat<Organisation, Organisation.Builder> ORGANISATION =
      ObjectFormat.of("Organisation", Organisation.class, Organisation::builder, Organisation.Builder::build)
          .required("id", LOCAL_ID, Organisation::id, Organisation.Builder::id)
          .required("name", STRING, Organisation::name, Organisation.Builder::name)
          .required("kind", enumOf(OrganisationKind.class), Organisation::kind, Organisation.Builder::kind)
          .optional("odsCode", ODS_CODE, Organisation::odsCode, Organisation.Builder::odsCode)
          .optional("gssCode", GSS_CODE, Organisation::gssCode, Organisation.Builder::gssCode)
          .optional(
              "localAuthorityType",
              enumOf(LocalAuthorityType.class),
              Organisation::localAuthorityType,
              Organisation.Builder::localAuthorityType)
          .set(
              "services",
              enumOf(ProviderService.class),
              Organisation::services,
              Organisation.Builder::addAllServices)
          .set("areasServed", GSS_CODE, Organisation::areasServed, Organisation.Builder::addAllAreasServed)
          .optional("dissolvedOn", DATE, Organisation::dissolvedOn, Organisation.Builder::dissolvedOn)
          .extensions(Organisation::extensions, Organisation.Builder::extensions)
          .build();
}
