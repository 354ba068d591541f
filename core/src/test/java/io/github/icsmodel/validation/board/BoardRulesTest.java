package io.github.icsmodel.validation.board;

import static io.github.icsmodel.validation.board.BoardFixtures.AS_OF;
import static io.github.icsmodel.validation.board.BoardFixtures.compliantSystem;
import static io.github.icsmodel.validation.board.BoardFixtures.id;
import static io.github.icsmodel.validation.board.BoardFixtures.involvement;
import static io.github.icsmodel.validation.board.BoardFixtures.unassessed;
import static io.github.icsmodel.validation.board.BoardFixtures.withCommittee;
import static io.github.icsmodel.validation.board.BoardFixtures.withExtraMember;
import static io.github.icsmodel.validation.board.BoardFixtures.withIcb;
import static io.github.icsmodel.validation.board.BoardFixtures.withMember;
import static io.github.icsmodel.validation.board.BoardFixtures.withMembers;
import static io.github.icsmodel.validation.board.BoardFixtures.withRegister;
import static io.github.icsmodel.validation.board.BoardFixtures.withoutMember;
import static io.github.icsmodel.validation.board.BoardFixtures.withoutMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.DisqualificationGround;
import io.github.icsmodel.board.NominatingConstituency;
import io.github.icsmodel.board.Vacancy;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.FootprintArea;
import java.time.LocalDate;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.Participation;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import io.github.icsmodel.validation.interest.InterestRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every board, committee and conflicts-of-interest rule passes on the compliant fixture and fails on a fixture with
 * one thing broken. Test names are the rule ids.
 */
class BoardRulesTest {
  private static final RuleSet BOARD_AND_INTEREST =
      RuleSet.of(BoardRules.rules()).plus(RuleSet.of(io.github.icsmodel.validation.interest.InterestRules.rules()));

  private static final String MEMBERS = "/icb/board/members";

  /** One way to break the fixture: the rule it breaks, the finding expected, and how many. */
  record Breach(String rule, String how, Supplier<IntegratedCareSystem> system, String path, String message,
      int count) {
    @Override
    public String toString() {
      return rule + " fails " + how;
    }
  }

  /** One variation of the fixture that a rule must still accept. */
  record Accepted(String rule, String how, Supplier<IntegratedCareSystem> system) {
    @Override
    public String toString() {
      return rule + " passes " + how;
    }
  }

  static List<Rule> rules() {
    return ImmutableList.<Rule>builder().addAll(BoardRules.rules()).addAll(InterestRules.rules()).build();
  }

  static Stream<String> ruleIds() {
    return rules().stream().map(rule -> rule.id().toString());
  }

  static Rule rule(String id) {
    return rules().stream().filter(rule -> rule.id().toString().equals(id)).findFirst().orElseThrow();
  }

  static List<Finding> findings(String ruleId, IntegratedCareSystem system) {
    ValidationReport report = Validator.of(RuleSet.of(rule(ruleId))).validate(system, AS_OF);
    return report.forRule(RuleId.of(ruleId));
  }

  static Breach breach(String rule, String how, Supplier<IntegratedCareSystem> system, String path, String message) {
    return new Breach(rule, how, system, path, message, 1);
  }

  static BoardMember member(String id, MemberRole role, Participation participation) {
    return BoardMember.builder().id(id(id)).name("Extra " + id).role(role).participation(participation)
        .appointedBy(AppointingAuthority.NHS_ENGLAND)
        .addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE, AppointingAuthority.ICB_CHAIR,
            AppointingAuthority.NHS_ENGLAND)
        .employedByIcb(true).build();
  }

  static UnrecordedSeat seat(String id, OrdinaryMemberKind kind) {
    return UnrecordedSeat.builder().id(id(id)).role(MemberRole.ORDINARY_MEMBER).ordinaryMemberKind(kind).build();
  }

  /** Adds an unrecorded seat to a system's board. */
  static IntegratedCareSystem withSeat(IntegratedCareSystem system, UnrecordedSeat seat) {
    return withIcb(system, icb -> icb.withBoard(Board.builder().from(icb.board()).addUnrecordedSeats(seat).build()));
  }

  /** The compliant system with a member taken off the board and an unrecorded seat in its place. */
  static IntegratedCareSystem withSeatInsteadOf(String member, UnrecordedSeat seat) {
    return withSeat(withoutMember(member), seat);
  }

  static Stream<Breach> breaches() {
    return Stream.of(
        breach("board.chair-count", "with no chair", () -> withoutMember("chair"), MEMBERS, "no chair"),
        breach("board.chair-count", "with two chairs",
            () -> withExtraMember(member("chair-2", MemberRole.CHAIR, Participation.VOTING_MEMBER)), MEMBERS,
            "2 chairs (Alex Chair (chair), Extra chair-2 (chair-2))"),
        breach("board.chair-count", "when the only chair does not vote",
            () -> withMember("chair", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)), MEMBERS,
            "no chair"),
        breach("board.chief-executive-count", "with no chief executive", () -> withoutMember("ceo"), MEMBERS,
            "no chief executive"),
        breach("board.chief-executive-count", "with two chief executives",
            () -> withExtraMember(member("ceo-2", MemberRole.CHIEF_EXECUTIVE, Participation.VOTING_MEMBER)),
            MEMBERS, "2 chief executives (Bo Chief (ceo), Extra ceo-2 (ceo-2))"),
        breach("board.ordinary-member-count", "with two ordinary members",
            () -> withoutMembers(m -> m.role() == MemberRole.ORDINARY_MEMBER
                && !Set.of("partner-trusts", "partner-council").contains(m.id().toString())),
            MEMBERS, "2 voting ordinary members"),
        breach("board.ordinary-member-count", "when all but two ordinary members do not vote",
            () -> withoutMembers(m -> Set.of("partner-council", "ned-deputy", "ned-audit", "cfo", "medical-director",
                "nursing-director").contains(m.id().toString())),
            MEMBERS, "2 voting ordinary members"),
        breach("board.ordinary-member-count", "with one ordinary member",
            () -> withoutMembers(m -> m.role() == MemberRole.ORDINARY_MEMBER
                && !m.id().toString().equals("cfo")),
            MEMBERS, "1 voting ordinary member;"),
        breach("board.partner-member-trusts", "without a trusts' partner member",
            () -> withoutMember("partner-trusts"), MEMBERS, "nominated jointly by the NHS trusts"),
        breach("board.partner-member-trusts", "when the trusts' partner member does not vote",
            () -> withMember("partner-trusts", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)),
            MEMBERS, "para 8(2)(a)"),
        breach("board.partner-member-primary-medical-services", "without a primary care partner member",
            () -> withoutMember("partner-primary-care"), MEMBERS, "providers of primary medical services"),
        breach("board.partner-member-local-authorities", "without a local authority partner member",
            () -> withoutMember("partner-council"), MEMBERS, "the local authorities"),
        breach("board.mental-health-expertise", "when no ordinary member has mental-health expertise",
            () -> withMember("ned-deputy", m -> m.withMentalHealthExpertise(false)), MEMBERS,
            "prevention, diagnosis and treatment of mental illness"),
        breach("board.mental-health-expertise", "when only the chair has mental-health expertise",
            () -> withMembers(members -> members.stream()
                .map(m -> m.withMentalHealthExpertise(m.role() == MemberRole.CHAIR))
                .collect(ImmutableList.toImmutableList())),
            MEMBERS, "No voting ordinary member"),
        breach("board.mental-health-expertise", "when the only expert does not vote",
            () -> withMember("ned-deputy", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)), MEMBERS,
            "does not show that any voting ordinary member has"),
        breach("board.mental-health-expertise", "when the only expert's term has ended",
            () -> withMember("ned-deputy", m -> m.withTermEndsOn(AS_OF.minusDays(1))), MEMBERS,
            "it is not recorded for 7 of them"),
        breach("board.chair-appointment", "when the chair was appointed by the ICB",
            () -> withMember("chair", m -> m.withAppointedBy(AppointingAuthority.INTEGRATED_CARE_BOARD)),
            MEMBERS + "/0/appointedBy", "was appointed by the integrated care board"),
        breach("board.chair-appointment", "without the Secretary of State's approval",
            () -> withMember("chair", m -> m.withApprovedBy(AppointingAuthority.NHS_ENGLAND)),
            MEMBERS + "/0/approvedBy", "do not include that of the Secretary of State"),
        breach("board.chair-appointment-unrecorded", "when only the approval is recorded",
            () -> withMember("chair", m -> m.withAppointedBy(Optional.empty())),
            MEMBERS + "/0", "Who appointed the chair, Alex Chair (chair), is not recorded"),
        breach("board.chair-appointment-unrecorded", "when the appointment is not recorded",
            () -> withMember("chair", m -> m.withAppointedBy(Optional.empty()).withApprovedBy()),
            MEMBERS + "/0", "and whose approval the appointment had are not recorded"),
        new Breach("board.chair-appointment", "twice when appointed by the ICB without approval",
            () -> withMember("chair", m -> m.withAppointedBy(AppointingAuthority.INTEGRATED_CARE_BOARD)
                .withApprovedBy(AppointingAuthority.NHS_ENGLAND)),
            MEMBERS + "/0/appointedBy", "requires appointment by NHS England", 2),
        breach("board.chief-executive-appointment", "when NHS England appointed the chief executive",
            () -> withMember("ceo", m -> m.withAppointedBy(AppointingAuthority.NHS_ENGLAND)),
            MEMBERS + "/1/appointedBy", "requires appointment by the chair of the ICB"),
        breach("board.chief-executive-appointment", "without NHS England's approval",
            () -> withMember("ceo", m -> m.withApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)),
            MEMBERS + "/1/approvedBy", "do not include that of NHS England"),
        breach("board.chief-executive-appointment-unrecorded", "when the appointment is not recorded",
            () -> withMember("ceo", m -> m.withAppointedBy(Optional.empty()).withApprovedBy()),
            MEMBERS + "/1", "Who appointed the chief executive, Bo Chief (ceo), and whose approval"),
        breach("board.chief-executive-appointment-unrecorded", "when the approval is not recorded",
            () -> withMember("ceo", m -> m.withApprovedBy()),
            MEMBERS + "/1", "Whose approval the appointment of the chief executive, Bo Chief (ceo), had is not"),
        breach("board.chief-executive-employed", "when the chief executive is not an ICB employee",
            () -> withMember("ceo", m -> m.withEmployedByIcb(false)), MEMBERS + "/1/employedByIcb",
            "Bo Chief (ceo) is recorded as not an employee of the ICB"),
        breach("board.chief-executive-employment-unrecorded", "when the employment is not recorded",
            () -> withMember("ceo", m -> m.withEmployedByIcb(Optional.empty())), MEMBERS + "/1",
            "is not recorded, so the configuration does not show that NHS Act 2006 Sch. 1B para 7(2) is met"),
        breach("board.ordinary-member-approval", "without the chair's approval",
            () -> withMember("partner-trusts", m -> m.withApprovedBy(AppointingAuthority.NHS_ENGLAND)),
            MEMBERS + "/2/approvedBy", "ordinary member Member partner-trusts (partner-trusts) do not include the"
                + " chair's"),
        breach("board.ordinary-member-approval-unrecorded", "when no approval is recorded",
            () -> withMember("partner-trusts", m -> m.withApprovedBy()),
            MEMBERS + "/2", "No approval of the appointment of the ordinary member Member partner-trusts"),
        new Breach("board.partner-member-local-authorities", "when the trusts nominated the councils' member",
            () -> withMember("partner-council", m -> m.withNominatedBy(id("trust-north"))),
            MEMBERS + "/4/nominatedBy", "Northshire Hospitals NHS Foundation Trust (trust-north), an NHS"
                + " foundation trust; NHS Act 2006 Sch. 1B para 8(2)(c)", 2),
        new Breach("board.partner-member-local-authorities", "when a council outside the area nominated",
            () -> withFootprint(withMember("partner-council", m -> m.withNominatedBy(id("elsewhere-council"))),
                "northshire-cc"),
            MEMBERS + "/4/nominatedBy", "Elsewhere Borough Council (E09000099), a local authority whose area", 2),
        new Breach("board.partner-member-trusts", "when the councils are the stated constituency",
            () -> withMember("partner-trusts", m -> m.withNominatedBy()
                .withNominatingConstituency(NominatingConstituency.LOCAL_AUTHORITIES_OF_THE_AREA)),
            MEMBERS + "/2/nominatingConstituency", "nominated by the responsible local authorities", 2),
        new Breach("board.partner-member-trusts", "when a private hospital company nominated",
            () -> withOrganisation(withMember("partner-trusts", m -> m.withNominatedBy(id("private-hospitals"))),
                Organisation.builder().id(id("private-hospitals")).name("Shires Private Hospitals Ltd")
                    .kind(OrganisationKind.INDEPENDENT_SECTOR_PROVIDER).build()),
            MEMBERS + "/2/nominatedBy", "Shires Private Hospitals Ltd (private-hospitals), an independent sector"
                + " provider", 2),
        new Breach("board.partner-member-primary-medical-services", "when the councils nominated",
            () -> withMember("partner-primary-care", m -> m.withNominatedBy(id("northshire-cc"))),
            MEMBERS + "/3/nominatedBy", "Northshire County Council (northshire-cc), a local authority", 2),
        breach("board.partner-member-joint-nomination", "when one trust of two nominated alone",
            () -> withOrganisation(compliantSystem(), Organisation.builder().id(id("trust-south"))
                .name("Southshire Community NHS Trust").odsCode(io.github.icsmodel.identifier.OdsCode.of("R9X"))
                .kind(OrganisationKind.NHS_TRUST).build()),
            MEMBERS + "/2/nominatedBy", "leaves out Southshire Community NHS Trust (R9X). NHS Act 2006 Sch. 1B"
                + " para 8(2)(a) requires a joint nomination; which of them are \"of a prescribed description\""),
        // Issue 19 item 6: where a trust provides services (Sch. 1B para 8(2)(a)(i)).
        new Breach("board.partner-member-trusts", "when the nominating trust serves only areas outside the footprint",
            () -> withFootprint(withOrganisation(withMember("partner-trusts", m -> m.withNominatedBy(id("trust-far"))),
                farTrust("E06000098")), "elsewhere-council"),
            MEMBERS + "/2/nominatedBy", "Farmouth Hospitals NHS Trust (R9F), a trust recorded as providing services"
                + " only in E06000098, which by the configuration's footprint lie outside the ICB's area", 2),
        breach("board.partner-member-trust-area-unrecorded", "when the nominating trust's areas are not recorded",
            () -> withOrganisation(withMember("partner-trusts", m -> m.withNominatedBy(id("trust-far"))),
                farTrust()),
            MEMBERS + "/2/nominatedBy", "Where Farmouth Hospitals NHS Trust (R9F) provides services is not recorded,"
                + " so the configuration does not show that the partner member"),
        breach("board.appointed-before-establishment", "when the chair's recorded appointment predates the ICB",
            () -> withMember("chair", m -> m.withAppointedOn(java.time.LocalDate.of(2022, 3, 1))),
            MEMBERS + "/0/appointedOn", "Alex Chair (chair) is recorded as appointed on 2022-03-01, before the ICB was"
                + " established on 2022-07-01 (NHS Act 2006 s.14Z25(2))"),
        breach("board.partner-member-nomination-unrecorded", "when the nomination is not recorded",
            () -> withMember("partner-council", m -> m.withNominatedBy()), MEMBERS + "/4",
            "Who nominated the partner member Member partner-council (partner-council) is not recorded"),
        breach("board.person-in-two-seats", "when one person holds two seats",
            () -> withMember("medical-director", m -> m.withPerson(id("cfo"))), MEMBERS + "/8",
            "held by the same person (cfo) as the seat cfo"),
        breach("board.ordinary-member-count", "when two people hold the three ordinary seats",
            () -> withMembers(members -> members.stream()
                .filter(m -> m.role() != MemberRole.ORDINARY_MEMBER
                    || Set.of("partner-trusts", "partner-council", "cfo").contains(m.id().toString()))
                .map(m -> m.id().toString().equals("cfo") ? m.withPerson(id("partner-trusts")) : m)
                .collect(ImmutableList.toImmutableList())),
            MEMBERS, "2 voting ordinary members"),
        breach("board.chair-count", "when the chair's term has ended",
            () -> withMember("chair", m -> m.withTermEndsOn(AS_OF.minusDays(1))), MEMBERS, "no chair"),
        breach("board.non-executive-count", "when a non-executive member is not yet in office",
            () -> withMember("ned-audit", m -> m.withAppointedOn(AS_OF.plusDays(1))), MEMBERS,
            "1 voting non-executive member"),
        breach("board.vacancy", "when a member's term has ended",
            () -> withMember("ned-audit", m -> m.withTermEndsOn(LocalDate.of(2025, 3, 31))),
            MEMBERS + "/6/termEndsOn", "The term of Member ned-audit (ned-audit) ended on 2025-03-31, so on"
                + " 2026-04-01 the seat is vacant"),
        breach("board.vacancy", "when a seat is recorded as vacant",
            () -> withIcb(compliantSystem(), icb -> icb.withBoard(icb.board().withVacancies(
                Vacancy.builder().id(id("director-of-strategy")).role(MemberRole.ORDINARY_MEMBER)
                    .postTitle("Director of Strategy").vacantSince(LocalDate.of(2026, 1, 1)).build()))),
            "/icb/board/vacancies/0", "The seat Director of Strategy (director-of-strategy) is vacant since"
                + " 2026-01-01."),
        breach("board.seat-unrecorded", "when the chair's seat is not yet recorded",
            () -> withSeatInsteadOf("chair", UnrecordedSeat.builder().id(id("chair")).role(MemberRole.CHAIR).build()),
            "/icb/board/unrecordedSeats/0", "Who holds the seat chair (the chair, NHS Act 2006 Sch. 1B para"
                + " 3(1)(a)) is not recorded, so the configuration does not show it filled. Move it to members and"
                + " record the holder's name, appointedBy, approvedBy, appointedOn and termEndsOn; if nobody holds"
                + " it, move it to vacancies."),
        breach("board.seat-unrecorded", "when a partner member's seat is not yet recorded",
            () -> withSeatInsteadOf("partner-trusts", seat("partner-trusts",
                OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS)),
            "/icb/board/unrecordedSeats/0", "(the partner member nominated jointly by the NHS trusts and NHS"
                + " foundation trusts that provide services in the ICB's area, NHS Act 2006 Sch. 1B para 8(2)(a))"),
        breach("board.seat-unrecorded", "when an executive member's seat is not yet recorded",
            () -> withSeatInsteadOf("cfo", seat("cfo", OrdinaryMemberKind.EXECUTIVE_MEMBER)
                .withPortfolios(ExecutivePortfolio.FINANCE)),
            "/icb/board/unrecordedSeats/0", "(the executive member who is the director of finance (chief finance"
                + " officer), NHS England's model ICB constitution)"),
        breach("board.seat-unrecorded", "when a seat is recorded but still listed as unrecorded",
            () -> withSeat(compliantSystem(), seat("ned-audit", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)),
            "/icb/board/unrecordedSeats/0", "The seat ned-audit is recorded among the members"
                + " (/icb/board/members/6) and still listed among the unrecorded seats: remove it from"
                + " unrecordedSeats."),
        breach("board.ordinary-member-count", "when unrecorded seats do not make up the three",
            () -> withSeat(withoutMembers(m -> m.role() == MemberRole.ORDINARY_MEMBER),
                seat("ned-1", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)),
            MEMBERS, "0 voting ordinary members"),
        breach("board.disqualified", "when a member is a Member of Parliament",
            () -> withMember("ned-audit", m -> m.withDisqualifications(DisqualificationGround.MEMBER_OF_PARLIAMENT)),
            MEMBERS + "/6/disqualifications", "Member ned-audit (ned-audit) is recorded as a Member of Parliament;"
                + " an ICB constitution following NHS England's model (section 3.2 of Hertfordshire and West Essex"
                + " ICB's, for example) disqualifies"),
        breach("board.independence", "when a member's involvement undermines independence",
            () -> withMember("ned-audit", m -> m.withPrivateHealthcareInvolvement(
                involvement("Director of a private hospital group", true))),
            MEMBERS + "/6/privateHealthcareInvolvement", "Director of a private hospital group"),
        breach("board.independence", "when the chair's involvement undermines independence",
            () -> withMember("chair", m -> m.withPrivateHealthcareInvolvement(
                involvement("Owner of a private clinic", true))),
            MEMBERS + "/0/privateHealthcareInvolvement", "prohibits the appointment"),
        breach("board.independence-unassessed", "when a member's involvement was never assessed",
            () -> withMember("ned-audit", m -> m.withPrivateHealthcareInvolvement(unassessed("Consultancy"))),
            MEMBERS + "/6/privateHealthcareInvolvement", "never been assessed"),
        breach("committee.independence", "when a member from outside the board undermines independence",
            () -> withCommittee(1, c -> c.withMembers(c.members().get(0), CommitteeMember.builder()
                .id(id("gp-adviser")).name("GP Adviser")
                .privateHealthcareInvolvement(involvement("Partner in a private GP chain", true)).build())),
            "/icb/committees/1/members/1", "Partner in a private GP chain"),
        breach("committee.independence", "when a board member on the committee undermines independence",
            () -> withMember("ned-deputy", m -> m.withPrivateHealthcareInvolvement(
                involvement("Medical adviser to a private insurer", true))),
            "/icb/committees/1/members/0", "recorded on the board"),
        breach("committee.members-approved-by-chair", "when a commissioning committee's member is recorded as not"
                + " approved by the chair",
            () -> withCommittee(1, c -> c.withMembers(c.members().get(0).withApprovedByChair(false))),
            "/icb/committees/1/members/0/approvedByChair", "not approved or appointed by the ICB's chair"),
        breach("board.executive-finance", "without a director of finance",
            () -> withMember("cfo", m -> m.withPortfolios()), MEMBERS, "director of finance"),
        breach("board.executive-finance", "when only the chief executive holds the finance portfolio",
            () -> withMembers(members -> members.stream()
                .map(m -> m.id().toString().equals("cfo")
                    ? m.withPortfolios()
                    : m.role() == MemberRole.CHIEF_EXECUTIVE
                        ? m.withPortfolios(ExecutivePortfolio.FINANCE)
                        : m)
                .collect(ImmutableList.toImmutableList())),
            MEMBERS,
            "No voting ordinary member of the board is the director of finance"),
        breach("board.executive-medical", "without a medical director",
            () -> withoutMember("medical-director"), MEMBERS, "medical director"),
        breach("board.executive-nursing", "when the director of nursing does not vote",
            () -> withMember("nursing-director", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)),
            MEMBERS, "director of nursing"),
        breach("board.non-executive-count", "with one non-executive member",
            () -> withMember("ned-audit", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)),
            MEMBERS, "1 voting non-executive member besides the chair"),
        breach("board.non-executive-count", "with none",
            () -> withoutMembers(BoardMember::isNonExecutiveMember), MEMBERS, "0 voting non-executive members"),
        breach("board.chair-independent", "when the chair holds office in a trust of the system",
            () -> withMember("chair", m -> m.withOfficesHeld(
                OfficeHeld.builder().organisation(id("northshire-icb")).title("chair").build(),
                OfficeHeld.builder().organisation(id("trust-north")).title("governor").build())),
            MEMBERS + "/0/officesHeld/1", "governor of Northshire Hospitals NHS Foundation Trust"),
        breach("board.deputy-chair", "with no deputy chair",
            () -> withMember("ned-deputy", m -> m.withDesignations(Designation.SENIOR_NON_EXECUTIVE_MEMBER)),
            MEMBERS, "No member of the board is designated deputy chair"),
        breach("board.deputy-chair", "when the audit committee chair is deputy chair",
            () -> withMember("ned-audit", m -> m.withDesignations(Designation.AUDIT_COMMITTEE_CHAIR,
                Designation.DEPUTY_CHAIR)),
            MEMBERS + "/6/designations", "ned-audit chairs the audit committee"),
        breach("board.deputy-chair", "when the chair of the audit committee, known from the committee, is deputy",
            () -> withMember("ned-audit", m -> m.withDesignations(Designation.DEPUTY_CHAIR)),
            MEMBERS + "/6/designations", "chairs the audit committee"),
        breach("board.deputy-chair", "when an executive member is deputy chair",
            () -> withMember("cfo", m -> m.withDesignations(Designation.DEPUTY_CHAIR)),
            MEMBERS + "/7/designations", "cfo is not a non-executive member"),
        breach("board.deputy-chair", "when a non-voting participant is deputy chair",
            () -> withMember("ned-deputy", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)),
            MEMBERS + "/5/designations", "is a non-voting participant"),
        breach("board.senior-non-executive", "with no senior non-executive member",
            () -> withMember("ned-deputy", m -> m.withDesignations(Designation.DEPUTY_CHAIR)), MEMBERS,
            "No member of the board is designated the senior non-executive member"),
        breach("board.senior-non-executive", "when an executive member is designated",
            () -> withMember("cfo", m -> m.withDesignations(Designation.SENIOR_NON_EXECUTIVE_MEMBER)),
            MEMBERS + "/7/designations", "cfo is not a non-executive member"),
        breach("board.senior-non-executive", "when a non-voting participant is designated",
            () -> withMember("ned-deputy", m -> m.withParticipation(Participation.NON_VOTING_PARTICIPANT)),
            MEMBERS + "/5/designations", "is a non-voting participant"),
        breach("committee.audit-exists", "without an audit committee",
            () -> withCommittee(0, c -> c.withKind(CommitteeKind.FINANCE)), "/icb/committees",
            "no audit committee"),
        breach("interest.registers-kept", "when no register covers employees",
            () -> withRegister(r -> r.withCovers(RegisterScope.BOARD_MEMBERS, RegisterScope.COMMITTEE_MEMBERS)),
            "/icb/registersOfInterests", "its employees; NHS Act 2006 s.14Z30(1)(c)"),
        new Breach("interest.registers-kept", "twice when a register covers only employees",
            () -> withRegister(r -> r.withCovers(RegisterScope.EMPLOYEES)),
            "/icb/registersOfInterests", "s.14Z30(1)(", 2),
        new Breach("interest.registers-kept", "three times with no register, recorded as none",
            () -> withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests())
                .withRecordedSections(RecordedSection.REGISTERS_OF_INTERESTS),
            "/icb/registersOfInterests", "No register of interests the configuration records covers", 3),
        breach("interest.registers-unrecorded", "when the configuration does not record the registers",
            () -> withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests()),
            "/icb", "does not record the ICB's registers of interests, so it does not show"),
        breach("interest.registers-accessible", "when a register is not open to the public",
            () -> withRegister(r -> r.withAccess(RegisterAccess.NOT_ACCESSIBLE)),
            "/icb/registersOfInterests/0/access", "neither published nor open to the public on request"),
        breach("interest.declaration-within-28-days", "when declared on the 29th day",
            () -> withRegister(r -> r.withDeclarations(BoardFixtures.declaration("late", 29))),
            "/icb/registersOfInterests/0/declarations/0", "29 days after they became aware on 2025-01-10"));
  }

  static Stream<Accepted> accepted() {
    return Stream.of(
        new Accepted("board.chair-count", "with a second chair who does not vote",
            () -> withExtraMember(member("chair-2", MemberRole.CHAIR, Participation.NON_VOTING_PARTICIPANT))),
        new Accepted("board.chief-executive-count", "with a second chief executive who does not vote",
            () -> withExtraMember(member("ceo-2", MemberRole.CHIEF_EXECUTIVE, Participation.NON_VOTING_PARTICIPANT))),
        new Accepted("board.ordinary-member-count", "with exactly three ordinary members",
            () -> withoutMembers(m -> m.role() == MemberRole.ORDINARY_MEMBER
                && !m.ordinaryMemberKind().orElseThrow().isPartnerMember())),
        new Accepted("board.partner-member-trusts", "with several trusts' partner members (nothing caps them)",
            () -> withExtraMember(BoardMember.builder().id(id("partner-trusts-2")).name("Second Trust Partner")
                .role(MemberRole.ORDINARY_MEMBER).ordinaryMemberKind(OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS)
                .addApprovedBy(AppointingAuthority.ICB_CHAIR).build())),
        new Accepted("board.ordinary-member-approval", "when the chair appointed the member",
            () -> withMember("partner-trusts", m -> m.withApprovedBy()
                .withAppointedBy(AppointingAuthority.ICB_CHAIR))),
        new Accepted("board.ordinary-member-approval", "for a non-voting participant without approval",
            BoardFixtures::compliantSystem),
        new Accepted("board.chief-executive-employed", "when the employment is not recorded",
            () -> withMember("ceo", m -> m.withEmployedByIcb(Optional.empty()))),
        new Accepted("board.mental-health-expertise", "when the expert holds two seats",
            () -> withMember("cfo", m -> m.withPerson(id("ned-deputy")))),
        new Accepted("board.partner-member-local-authorities", "with the constituency stated as a whole",
            () -> withMember("partner-council", m -> m.withNominatedBy()
                .withNominatingConstituency(NominatingConstituency.LOCAL_AUTHORITIES_OF_THE_AREA))),
        new Accepted("board.partner-member-local-authorities", "when the nomination is not recorded",
            () -> withMember("partner-council", m -> m.withNominatedBy())),
        new Accepted("board.partner-member-joint-nomination", "when the constituency is stated as a whole",
            () -> withOrganisation(withMember("partner-trusts", m -> m.withNominatingConstituency(
                NominatingConstituency.TRUSTS_OF_THE_AREA)), Organisation.builder().id(id("trust-south"))
                .name("Southshire Community NHS Trust").kind(OrganisationKind.NHS_TRUST).build())),
        new Accepted("board.partner-member-joint-nomination", "when the nominating body is of the wrong kind",
            () -> withMember("partner-council", m -> m.withNominatedBy(id("trust-north")))),
        new Accepted("board.chair-count", "when the chair's seat is not yet recorded",
            () -> withSeatInsteadOf("chair", UnrecordedSeat.builder().id(id("chair")).role(MemberRole.CHAIR).build())),
        new Accepted("board.chief-executive-count", "when the chief executive's seat is not yet recorded",
            () -> withSeatInsteadOf("ceo",
                UnrecordedSeat.builder().id(id("ceo")).role(MemberRole.CHIEF_EXECUTIVE).build())),
        new Accepted("board.partner-member-trusts", "when the partner member's seat is not yet recorded",
            () -> withSeatInsteadOf("partner-trusts", seat("partner-trusts",
                OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS))),
        new Accepted("board.partner-member-primary-medical-services", "when the seat is not yet recorded",
            () -> withSeatInsteadOf("partner-primary-care", seat("partner-primary-care",
                OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES))),
        new Accepted("board.partner-member-local-authorities", "when the seat is not yet recorded",
            () -> withSeatInsteadOf("partner-council", seat("partner-council",
                OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES))),
        new Accepted("board.ordinary-member-count", "when unrecorded seats make up the three",
            () -> withSeat(withSeat(withSeat(withoutMembers(m -> m.role() == MemberRole.ORDINARY_MEMBER),
                seat("a", OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS)), seat("b", OrdinaryMemberKind.OTHER_MEMBER)),
                seat("c", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER))),
        new Accepted("board.executive-finance", "when the director of finance's seat is not yet recorded",
            () -> withSeatInsteadOf("cfo", seat("cfo", OrdinaryMemberKind.EXECUTIVE_MEMBER)
                .withPortfolios(ExecutivePortfolio.FINANCE))),
        new Accepted("board.non-executive-count", "when a non-executive member's seat is not yet recorded",
            () -> withSeatInsteadOf("ned-audit", seat("ned-audit", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER))),
        new Accepted("board.seat-unrecorded", "when every seat is recorded", BoardFixtures::compliantSystem),
        new Accepted("board.partner-member-trusts", "when the nominating trust serves an area of the footprint",
            () -> withFootprint(withOrganisation(withMember("partner-trusts", m -> m.withNominatedBy(id("trust-far"))),
                farTrust("E06000098", "E09000099")), "elsewhere-council")),
        new Accepted("board.partner-member-trusts", "when the trust's areas are recorded but no footprint is",
            () -> withOrganisation(withMember("partner-trusts", m -> m.withNominatedBy(id("trust-far"))),
                farTrust("E06000098"))),
        new Accepted("board.partner-member-joint-nomination", "when trusts shown to serve only areas outside the"
            + " footprint do not nominate",
            () -> withFootprint(withOrganisation(withOrganisation(
                withMember("partner-trusts", m -> m.withNominatedBy(id("trust-near"))), farTrust("E06000098")),
                Organisation.builder().id(id("trust-near")).name("Nearby Community NHS Trust")
                    .kind(OrganisationKind.NHS_TRUST)
                    .addAreasServed(io.github.icsmodel.identifier.GssCode.of("E09000099")).build()),
                "elsewhere-council")),
        new Accepted("board.appointed-before-establishment", "when appointed on the day the ICB was established",
            () -> withMember("chair", m -> m.withAppointedOn(java.time.LocalDate.of(2022, 7, 1)))),
        new Accepted("board.vacancy", "when a term ends on the validation date",
            () -> withMember("ned-audit", m -> m.withTermEndsOn(AS_OF))),
        new Accepted("board.disqualified", "for a non-voting participant who is an MP",
            () -> withMember("deputy-ceo", m -> m.withDisqualifications(DisqualificationGround.MEMBER_OF_PARLIAMENT))),
        new Accepted("board.chief-executive-employed", "for a non-voting chief executive not employed",
            () -> withExtraMember(BoardMember.builder().id(id("ceo-designate")).name("Chief Designate")
                .role(MemberRole.CHIEF_EXECUTIVE).participation(Participation.NON_VOTING_PARTICIPANT).build())),
        new Accepted("board.independence", "for a non-voting participant whose involvement undermines independence",
            () -> withMember("deputy-ceo", m -> m.withPrivateHealthcareInvolvement(
                involvement("Director of a private hospital group", true)))),
        new Accepted("board.independence-unassessed", "for an assessed involvement",
            BoardFixtures::compliantSystem),
        new Accepted("committee.independence", "for a committee that does not exercise commissioning functions",
            () -> withCommittee(0, c -> c.withMembers(CommitteeMember.builder().id(id("lay-auditor"))
                .name("Lay Auditor").privateHealthcareInvolvement(involvement("Private hospital director", true))
                .build()))),
        new Accepted("committee.members-approved-by-chair",
            "for a committee that does not exercise commissioning functions",
            () -> withCommittee(0, c -> c.withMembers(CommitteeMember.builder().id(id("lay-auditor"))
                .name("Lay Auditor").approvedByChair(false).build()))),
        new Accepted("committee.members-approved-by-chair", "when the chair's approval is not recorded",
            () -> withCommittee(1, c -> c.withMembers(c.members().get(0).withApprovedByChair(Optional.empty())))),
        new Accepted("board.chair-independent", "for an office in an organisation the configuration does not list",
            () -> withMember("chair", m -> m.withOfficesHeld(
                OfficeHeld.builder().organisation(id("somewhere-else")).title("trustee").build()))),
        new Accepted("board.chair-independent", "for a non-executive member's office",
            () -> withMember("ned-deputy", m -> m.withOfficesHeld(
                OfficeHeld.builder().organisation(id("trust-north")).title("governor").build()))),
        new Accepted("board.senior-non-executive", "when the deputy chair is also the senior non-executive member",
            BoardFixtures::compliantSystem),
        new Accepted("interest.registers-unrecorded", "when the section is recorded as none",
            () -> withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests())
                .withRecordedSections(RecordedSection.REGISTERS_OF_INTERESTS)),
        new Accepted("interest.registers-kept", "with the groups split across registers",
            () -> withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests(
                icb.registersOfInterests().get(0)
                    .withCovers(RegisterScope.BOARD_MEMBERS),
                icb.registersOfInterests().get(0)
                    .withId(id("register-2")).withCovers(RegisterScope.COMMITTEE_MEMBERS, RegisterScope.EMPLOYEES)
                    .withAccess(RegisterAccess.ON_REQUEST)))),
        new Accepted("interest.declaration-within-28-days", "when declared on the 28th day",
            BoardFixtures::compliantSystem),
        new Accepted("interest.declaration-within-28-days", "when declared the same day",
            () -> withRegister(r -> r.withDeclarations(BoardFixtures.declaration("prompt", 0)))));
  }

  @ParameterizedTest(name = "{0} passes on the compliant board")
  @MethodSource("ruleIds")
  void passes_on_the_compliant_board(String ruleId) {
    assertThat(findings(ruleId, compliantSystem())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void passes(Accepted accepted) {
    assertThat(findings(accepted.rule(), accepted.system().get())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaches")
  void fails(Breach breach) {
    Rule rule = rule(breach.rule());
    List<Finding> findings = findings(breach.rule(), breach.system().get());

    assertThat(findings).hasSize(breach.count());
    Finding finding = findings.stream().filter(f -> f.path().equals(JsonPointer.of(breach.path()))).findFirst()
        .orElse(findings.get(0));
    assertThat(finding.ruleId()).isEqualTo(rule.id());
    assertThat(finding.severity()).isEqualTo(rule.severity());
    assertThat(finding.basis()).isEqualTo(rule.basis());
    assertThat(finding.path()).isEqualTo(JsonPointer.of(breach.path()));
    assertThat(finding.message()).contains(breach.message());
    assertThat(finding.isWaived()).isFalse();
  }

  @ParameterizedTest(name = "board.chair-appointment names the appointer {0}")
  @CsvSource({
      "INTEGRATED_CARE_BOARD, the integrated care board",
      "ICB_CHAIR, the chair of the ICB",
      "ICB_CHIEF_EXECUTIVE, the chief executive of the ICB",
      "NOMINATING_BODIES, the nominating bodies",
      "SECRETARY_OF_STATE, the Secretary of State",
      "OTHER, another person"})
  void board_chair_appointment_names_the_appointer(AppointingAuthority appointer, String words) {
    List<Finding> findings = findings("board.chair-appointment", withMember("chair", m -> m.withAppointedBy(appointer)));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "The chair, Alex Chair (chair), was appointed by " + words + "; NHS Act 2006 Sch. 1B para 5 requires appointment by NHS"
            + " England."));
  }

  @Test
  void interest_registers_kept_names_each_group_and_limb_missing() {
    List<Finding> findings = findings("interest.registers-kept",
        withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests())
            .withRecordedSections(RecordedSection.REGISTERS_OF_INTERESTS));

    assertThat(findings).extracting(Finding::message).containsExactly(
        "No register of interests the configuration records covers its employees; NHS Act 2006 s.14Z30(1)(c)"
            + " requires the ICB to maintain one.",
        "No register of interests the configuration records covers the members of its committees or"
            + " sub-committees; NHS Act 2006 s.14Z30(1)(b) requires the ICB to maintain one.",
        "No register of interests the configuration records covers the members of the board; NHS Act 2006"
            + " s.14Z30(1)(a) requires the ICB to maintain one.");
    assertThat(findings("interest.registers-kept", withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests())))
        .as("not recorded is not false: a configuration silent on the registers states no breach").isEmpty();
  }

  static IntegratedCareSystem withOrganisation(IntegratedCareSystem system, Organisation organisation) {
    return system.withOrganisations(ImmutableList.<Organisation>builder()
        .addAll(system.organisations()).add(organisation).build());
  }

  /** An NHS trust outside the fixture's area, with the areas it serves (none recorded if none given). */
  static Organisation farTrust(String... areasServed) {
    Organisation.Builder trust = Organisation.builder().id(id("trust-far")).name("Farmouth Hospitals NHS Trust")
        .odsCode(io.github.icsmodel.identifier.OdsCode.of("R9F")).kind(OrganisationKind.NHS_TRUST);
    for (String area : areasServed) {
      trust.addAreasServed(io.github.icsmodel.identifier.GssCode.of(area));
    }
    return trust.build();
  }

  /** The system with a footprint of the given local authorities, and a council outside it. */
  static IntegratedCareSystem withFootprint(IntegratedCareSystem system, String... authorities) {
    IntegratedCareSystem withCouncil = (withOrganisation(system,
        Organisation.builder().id(id("elsewhere-council")).name("Elsewhere Borough Council")
            .kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(LocalAuthorityType.LONDON_BOROUGH)
            .gssCode(io.github.icsmodel.identifier.GssCode.of("E09000099")).build()));
    return withCouncil.withFootprint(Stream.of(authorities)
        .map(a -> FootprintArea.builder().localAuthority(id(a)).build()).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void a_user_supplied_disqualification_ground_rests_on_the_users_source() {
    io.github.icsmodel.law.PolicyReference constitution =
        io.github.icsmodel.law.PolicyReference.of("NHS Northshire ICB", "Constitution, section 3.2", "2025-04-01");
    RuleSet rules = io.github.icsmodel.validation.local.LocalRules.disqualification("board.disqualified-local", constitution,
        "a director of a company that provides services to the ICB", "directorOfSupplier");
    Rule rule = rules.rules().iterator().next();

    assertThat(rule.severity()).isEqualTo(io.github.icsmodel.validation.Severity.WARNING);
    assertThat(rule.basis()).isEqualTo(constitution);
    assertThat(Validator.of(rules).validate(compliantSystem(), AS_OF).findings()).isEmpty();
    List<Finding> findings = Validator.of(rules).validate(withMember("ned-audit", m -> m.withExtensions(
        io.github.icsmodel.extension.Extensions.of(java.util.Map.of("directorOfSupplier", true)))), AS_OF).findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(JsonPointer.of(MEMBERS + "/6/extensions/directorOfSupplier"));
      assertThat(f.message()).isEqualTo("Member ned-audit (ned-audit) is recorded as a director of a company that"
          + " provides services to the ICB; NHS Northshire ICB, Constitution, section 3.2 (2025-04-01) disqualifies"
          + " such a person from membership of the board.");
    });
    assertThat(RuleSet.all().rules()).extracting(r -> r.id().toString()).doesNotContain("board.disqualified-local");
  }

  @Test
  void a_board_of_unrecorded_seats_only_shows_no_breach_and_lists_each_seat_to_record() {
    Board seats = Board.builder().addUnrecordedSeats(
        UnrecordedSeat.builder().id(id("chair")).role(MemberRole.CHAIR).build(),
        UnrecordedSeat.builder().id(id("chief-executive")).role(MemberRole.CHIEF_EXECUTIVE).build(),
        seat("partner-member-trusts", OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS),
        seat("partner-member-primary-medical-services", OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES),
        seat("partner-member-local-authorities", OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES),
        seat("director-of-finance", OrdinaryMemberKind.EXECUTIVE_MEMBER).withPortfolios(ExecutivePortfolio.FINANCE),
        seat("medical-director", OrdinaryMemberKind.EXECUTIVE_MEMBER).withPortfolios(ExecutivePortfolio.MEDICAL),
        seat("director-of-nursing", OrdinaryMemberKind.EXECUTIVE_MEMBER).withPortfolios(ExecutivePortfolio.NURSING),
        seat("non-executive-member-1", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER),
        seat("non-executive-member-2", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)).build();
    IntegratedCareSystem system = withIcb(compliantSystem(), icb -> icb.withBoard(seats).withCommittees());

    ValidationReport report = Validator.of(RuleSet.of(BoardRules.rules())).validate(system, AS_OF);

    assertThat(report.blocking()).as("not recorded is not false").isEmpty();
    assertThat(report.forRule(RuleId.of("board.seat-unrecorded"))).hasSize(10)
        .allSatisfy(f -> assertThat(f.message()).contains("is not recorded", "Move it to members and record"));
    assertThat(report.findings()).extracting(f -> f.ruleId().toString()).as("the seats say what the policy rules would")
        .doesNotContain("board.executive-finance", "board.executive-medical", "board.executive-nursing",
            "board.non-executive-count");
  }

  @Test
  void the_updated_constitution_guidance_is_dated_and_not_applied_before_13_may_2022() {
    IntegratedCareSystem noDeputy =
        withMember("ned-deputy", m -> m.withDesignations(Designation.SENIOR_NON_EXECUTIVE_MEMBER));
    IntegratedCareSystem noSenior = withMember("ned-deputy", m -> m.withDesignations(Designation.DEPUTY_CHAIR));
    assertThat(findings("board.deputy-chair", noDeputy)).singleElement().satisfies(f -> assertThat(f.message())
        .contains("updated guidance on ICB constitutions (published after 13 May 2022, on a date not recorded)"));
    assertThat(findings("board.senior-non-executive", noSenior)).singleElement().satisfies(f -> assertThat(
        f.message()).contains("published after 13 May 2022, on a date not recorded"));
    for (String id : List.of("board.deputy-chair", "board.senior-non-executive")) {
      assertThat(rule(id).appliesOn(LocalDate.of(2022, 5, 13))).as(id).isFalse();
      assertThat(rule(id).appliesOn(LocalDate.of(2022, 5, 14))).as(id).isTrue();
      assertThat(rule(id).startDate()).map(start -> start.source()).hasValueSatisfying(
          reason -> assertThat(reason).contains("13 May 2022", "not recorded"));
    }
  }

  @Test
  void every_rule_has_a_failing_case() {
    Set<String> broken = breaches().map(Breach::rule).collect(Collectors.toSet());
    assertThat(broken).containsExactlyInAnyOrderElementsOf(ruleIds().collect(Collectors.toList()));
  }

  @Test
  void the_compliant_system_has_no_findings_under_every_board_committee_and_interest_rule() {
    ValidationReport report = Validator.of(BOARD_AND_INTEREST).validate(compliantSystem(), AS_OF);

    assertThat(report.findings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void paths_sit_under_the_system_in_a_national_configuration() {
    NationalConfiguration national = NationalConfiguration.builder()
        .addSystems(
            compliantSystem().withId(id("first")),
            withoutMember("chair").withId(id("second")))
        .build();

    List<Finding> blocking = Validator.of(BOARD_AND_INTEREST).validate(national, AS_OF).blocking();

    assertThat(blocking).extracting(f -> f.ruleId().toString()).containsExactly("board.chair-count");
    assertThat(blocking).extracting(f -> f.path().toString()).containsExactly("/systems/1/icb/board/members");
  }
}
