package io.github.icsmodel.report.html.internal;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import java.util.Locale;
import java.util.Optional;

/** Words for the model's enums, as a reader of a board pack would put them. */
final class Labels {
  private Labels() {}

  static String words(Enum<?> constant) {
    String text = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    text = text.replace("icb", "ICB").replace("nhs england", "NHS England").replace("icp", "ICP");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String severity(Severity severity) {
    switch (severity) {
      case FATAL:
        return "Fatal";
      case ERROR:
        return "Error";
      case WARNING:
        return "Warning";
      default:
        return "Information";
    }
  }

  static String kind(RuleKind kind) {
    switch (kind) {
      case LAW:
        return "Law";
      case LAW_NOT_SHOWN:
        return "Law not shown to be met";
      case POLICY:
        return "Policy";
      case ADVICE:
        return "Advice";
      default:
        return "Integrity checks";
    }
  }

  static String authority(AppointingAuthority authority) {
    switch (authority) {
      case NHS_ENGLAND:
        return "NHS England";
      case SECRETARY_OF_STATE:
        return "Secretary of State";
      case ICB_CHAIR:
        return "ICB chair";
      case ICB_CHIEF_EXECUTIVE:
        return "ICB chief executive";
      case INTEGRATED_CARE_BOARD:
        return "The ICB";
      default:
        return words(authority);
    }
  }

  static String role(MemberRole role, Optional<OrdinaryMemberKind> kind) {
    switch (role) {
      case CHAIR:
        return "Chair";
      case CHIEF_EXECUTIVE:
        return "Chief executive";
      default:
        return kind.map(Labels::ordinary).orElse("Ordinary member");
    }
  }

  private static String ordinary(OrdinaryMemberKind kind) {
    switch (kind) {
      case PARTNER_MEMBER_TRUSTS:
        return "Partner member (trusts)";
      case PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES:
        return "Partner member (primary medical services)";
      case PARTNER_MEMBER_LOCAL_AUTHORITIES:
        return "Partner member (local authorities)";
      case NON_EXECUTIVE_MEMBER:
        return "Non-executive member";
      case EXECUTIVE_MEMBER:
        return "Executive member";
      default:
        return "Other member";
    }
  }

  /** An HTML id fragment from fixed words (never from input). */
  static String slug(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
