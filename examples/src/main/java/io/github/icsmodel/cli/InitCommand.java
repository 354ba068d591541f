package io.github.icsmodel.cli;

import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.reference.DistrictShare;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.Geography;
import io.github.icsmodel.reference.IcbFootprint;
import io.github.icsmodel.reference.LocalAuthorityArea;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.PlaceBasedPartnership;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ics init --icb CODE}: writes a starting configuration for one of England's ICBs, as of a date, from the
 * reference data:
 * the ICB with its official codes and name, a board of unrecorded seats (one for each seat the law and NHS England
 * policy require, with nobody named), its NHS England region, its footprint (the districts of its area, with
 * the share of each district split between ICBs), the responsible local authorities that must appoint members of
 * the ICP, and a suggested place per responsible local authority. Validating it straight away lists what is still
 * to be filled in.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a starting configuration for one of England's ICBs as of a date.",
      "",
      "The ICBs are the 36 from 1 April 2026 and the 42 before. The configuration comes from the reference data"
          + " (ONS, Open Government Licence v3.0): the ICB's codes and name, region, footprint, responsible local"
          + " authorities and a place for each, and the board's required seats as unrecorded seats (nobody named)."
          + " Then run 'ics validate' on it to see what is still to be filled in."
    })
final class InitCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--icb", required = true, paramLabel = "CODE", description = "the ICB's ODS code (such as QYG)"
      + " or ONS code (such as E54000008)")
  String icb;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the configuration to this file instead of to standard output (- is standard output)."
          + " An existing file is not"
          + " replaced unless --force is given; a device or a pipe is written to, never replaced; a link's target is"
          + " written.")
  Path out;

  @Option(names = "--force", description = "Replace the file given with --out if it exists.")
  boolean force;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "use the ICBs and boundaries in force on this date (default: today in England)")
  LocalDate asOf;

  @Override
  public Integer call() throws java.io.IOException {
    EnglandReference reference = EnglandReference.load();
    LocalDate date = Today.orToday(asOf);
    Geography edition = Geography.on(date).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "--as-of " + date + " is before the ICBs were established on 1 July 2022"));
    ReferenceIcb official = find(reference, date);
    String json = IcsJson.toJson(configuration(reference, official, edition));
    if (Outputs.isStdout(out)) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
    } else {
      Outputs.write(out, json, force);
      spec.commandLine().getErr().println("Wrote " + Messages.path(out) + ": a starting configuration for " + official.name()
          + ". To see what is still to be filled in, run:");
      spec.commandLine().getErr().println("  ics validate " + shellWord(Messages.path(out))
          + (asOf == null ? "" : " --as-of " + asOf));
    }
    return Ics.OK;
  }

  /** A word as a POSIX shell reads it: as it is if it is plain, else in single quotes. */
  static String shellWord(String word) {
    if (word.matches("[A-Za-z0-9._/:=+-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private ReferenceIcb find(EnglandReference reference, LocalDate date) {
    String code = icb.trim();
    ReferenceIcb found;
    try {
      if (code.length() == 9) {
        found = reference.getIcb(io.github.icsmodel.identifier.GssCode.of(code));
      } else {
        found = reference.getIcb(OdsCode.of(code.toUpperCase(Locale.ROOT)));
      }
    } catch (io.github.icsmodel.InvalidValueException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--icb " + icb + ": " + e.getMessage() + " ('ics reference icbs' lists the ICBs)");
    }
    if (found.validTo().isPresent() && date.isAfter(found.validTo().get())) {
      String successors = reference.successorsOf(found).stream()
          .map(event -> event.successor().name() + " (--icb " + event.successor().odsCode() + ")")
          .collect(java.util.stream.Collectors.joining(", "));
      throw new CommandLine.ParameterException(spec.commandLine(), "--icb " + icb + ": " + found.name() + " ("
          + found.odsCode() + ") was abolished at the end of " + found.validTo().get() + "; as of " + date
          + " its area belongs to " + successors + ". Use a successor, or --as-of " + found.validTo().get()
          + " or earlier.");
    }
    if (date.isBefore(found.validFrom())) {
      String predecessors = reference.predecessorsOf(found).stream()
          .map(event -> event.predecessor().name() + " (" + event.predecessor().odsCode() + ")")
          .collect(java.util.stream.Collectors.joining(", "));
      throw new CommandLine.ParameterException(spec.commandLine(), "--icb " + icb + ": " + found.name() + " ("
          + found.odsCode() + ") was established on " + found.validFrom() + "; before then its area belonged to "
          + predecessors + ". Use --as-of " + found.validFrom() + " or later.");
    }
    return found;
  }

  /**
   * Builds the starting configuration of an ICB.
   *
   * @param reference the reference data
   * @param official the ICB, which must exist in that edition
   * @param edition the boundaries to use
   * @return the configuration
   */
  static IntegratedCareSystem configuration(EnglandReference reference, ReferenceIcb official, Geography edition) {
    IcbFootprint footprint = reference.footprint(official, edition);
    Ids ids = new Ids();
    var board = IntegratedCareBoard.builder()
        .id(LocalId.of("icb"))
        .name(official.name())
        .odsCode(official.odsCode())
        .gssCode(official.onsCode(edition))
        .board(boardSkeleton());
    if (!official.established().equals(IntegratedCareBoard.ESTABLISHMENT_DAY)) {
      board.establishedOn(official.established());
      reference.predecessorsOf(official).forEach(event -> board.addPredecessors(event.predecessor().odsCode()));
    }
    IntegratedCareSystem.Builder system = IntegratedCareSystem.builder()
        .id(ids.of(official.name().replace("NHS ", "").replace(" Integrated Care Board", "")))
        .name(official.name().replace(" Integrated Care Board", " Integrated Care System").replace("NHS ", ""))
        .icb(board.build())
        .icp(IntegratedCarePartnership.builder()
            .name(official.name().replace("NHS ", "").replace(" Integrated Care Board", " Integrated Care Partnership"))
            .build());
    system.addOrganisations(Organisation.builder()
        .id(ids.of("nhs-england-" + official.region().name()))
        .name("NHS England " + official.region().name())
        .kind(OrganisationKind.NHS_ENGLAND_REGION)
        .odsCode(official.region().odsCode())
        .gssCode(official.region().onsCode(edition))
        .build());
    Map<LocalAuthorityArea, LocalId> authorities = new LinkedHashMap<>();
    Map<LocalAuthorityArea, List<LocalId>> districtsByResponsible = new LinkedHashMap<>();
    for (DistrictShare share : footprint.districts()) {
      LocalId district = authorities.computeIfAbsent(share.district(), area -> ids.of(area.name()));
      system.addFootprint(share.isSplit() ? FootprintArea.part(district, share.percentInIcb())
          : FootprintArea.whole(district));
      LocalAuthorityArea responsible = share.district().isResponsibleLocalAuthority() ? share.district()
          : share.upperTier();
      authorities.computeIfAbsent(responsible, area -> ids.of(area.name()));
      districtsByResponsible.computeIfAbsent(responsible, area -> new java.util.ArrayList<>()).add(district);
    }
    authorities.forEach((area, id) -> system.addOrganisations(Organisation.builder()
        .id(id)
        .name(councilName(area))
        .kind(OrganisationKind.LOCAL_AUTHORITY)
        .localAuthorityType(area.type())
        .gssCode(area.code())
        .build()));
    districtsByResponsible.forEach((responsible, districts) -> system.addPlaces(PlaceBasedPartnership.builder()
        .id(ids.of("place-" + responsible.name()))
        .name(responsible.name())
        .addAllLocalAuthorities(districts)
        .addMembers(LocalId.of("icb"), authorities.get(responsible))
        .build()));
    return system.build();
  }

  /**
   * The board's seats that the law and NHS England policy require, none of them recorded: the chair, the chief
   * executive and a partner member for each limb of Sch. 1B para 8(2) to the NHS Act 2006 (paras 3(1) and 8(2)), and
   * the three executive members and two non-executive members of NHS England's model ICB constitution. Nothing
   * about who holds them is stated: no name, date or nomination.
   *
   * @return a board with no members and a seat to fill in for each required seat
   */
  static Board boardSkeleton() {
    return Board.builder()
        .addUnrecordedSeats(
            seat("chair", MemberRole.CHAIR, null),
            seat("chief-executive", MemberRole.CHIEF_EXECUTIVE, null),
            seat("partner-member-trusts", MemberRole.ORDINARY_MEMBER, OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS),
            seat("partner-member-primary-medical-services", MemberRole.ORDINARY_MEMBER,
                OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES),
            seat("partner-member-local-authorities", MemberRole.ORDINARY_MEMBER,
                OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES),
            executive("director-of-finance", ExecutivePortfolio.FINANCE),
            executive("medical-director", ExecutivePortfolio.MEDICAL),
            executive("director-of-nursing", ExecutivePortfolio.NURSING),
            seat("non-executive-member-1", MemberRole.ORDINARY_MEMBER, OrdinaryMemberKind.NON_EXECUTIVE_MEMBER),
            seat("non-executive-member-2", MemberRole.ORDINARY_MEMBER, OrdinaryMemberKind.NON_EXECUTIVE_MEMBER))
        .build();
  }

  private static UnrecordedSeat seat(String id, MemberRole role, OrdinaryMemberKind kind) {
    return UnrecordedSeat.builder().id(LocalId.of(id)).role(role).ordinaryMemberKind(Optional.ofNullable(kind))
        .build();
  }

  private static UnrecordedSeat executive(String id, ExecutivePortfolio portfolio) {
    return UnrecordedSeat.builder().id(LocalId.of(id)).role(MemberRole.ORDINARY_MEMBER)
        .ordinaryMemberKind(OrdinaryMemberKind.EXECUTIVE_MEMBER).addPortfolios(portfolio).build();
  }

  /**
   * The name a starting file gives a local authority. The reference data name the ONS area ("Liverpool"), not the
   * council, and a council's name is not the area's name plus " Council" (there is no "Liverpool Council"), so the
   * authority is named honestly by its area, "the local authority for Liverpool" (findings add the GSS code: "the
   * local authority for Liverpool (E08000012)"), for the user to replace with the council's own name; an area of a
   * county (E10) is named "the county council for Kent", since the county's type says it has a county council. The
   * two authorities whose names the Act gives are named so: "the
   * Common Council of the City of London" (NHS Act 2006 s.275(1)) and "the Council of the Isles of Scilly"
   * (Local Government and Public Involvement in Health Act 2007 s.103(d)).
   */
  static String councilName(LocalAuthorityArea area) {
    switch (area.type()) {
      case CITY_OF_LONDON:
        return "the Common Council of the City of London";
      case ISLES_OF_SCILLY:
        return "the Council of the Isles of Scilly";
      case COUNTY_COUNCIL:
        return "the county council for " + area.name();
      default:
        return "the local authority for " + area.name();
    }
  }

  /** Readable, unique ids made from names. */
  private static final class Ids {
    private final Map<String, Integer> used = new HashMap<>();

    LocalId of(String name) {
      String slug = name.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("[^a-z0-9]+", "-")
          .replaceAll("^-+|-+$", "");
      if (slug.isEmpty()) {
        slug = "x";
      }
      int count = used.merge(slug, 1, Integer::sum);
      return LocalId.of(count == 1 ? slug : slug + "-" + count);
    }
  }
}
