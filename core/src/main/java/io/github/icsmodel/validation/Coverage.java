package io.github.icsmodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.DutyStrength;
import io.github.icsmodel.duty.StatutoryDuty;
import io.github.icsmodel.law.LegalReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a set of rules covers, and what it cannot see: the provisions of law its rules check, the provisions on
 * which it only gives advice, and the catalogued duties no rule checks, each with the reason. A validation report
 * carries the coverage of the rules that ran, so that a report with no errors is read as "the configuration shows
 * no breach of the provisions checked", never as "the ICB acts lawfully".
 *
 * <p>A duty counts as checked when a rule of {@link RuleKind#LAW} cites the same section or schedule paragraph;
 * as advised on when only advice or policy rules cite it. Instances are immutable and thread-safe.
 */
public final class Coverage {
  /** The sentence every report carries. */
  public static final String STATEMENT =
      "A report without errors means only that the configuration shows no breach of the provisions the rules check."
          + " It is not a finding that the ICB or its partners act lawfully: many duties turn on how functions are"
          + " exercised and cannot be seen in a configuration.";

  private static final String DEFAULT_REASON =
      "No rule checks it: a configuration does not record what the duty turns on.";

  private static final String REGARD =
      "A duty about how functions are exercised (\"have regard to\", \"with a view to\", \"promote\"); a"
          + " configuration records no decisions, so no rule can see it. The joint forward plan and annual report"
          + " rules check only that those documents explain it.";

  private static final String NO_ACCOUNTS = "A financial duty; a configuration records no accounts.";

  /**
   * Why particular duties are not checked, by duty id; others get the default reason. A key that is not a catalogued
   * duty fails when the class loads ({@link #catalogued}).
   */
  private static final ImmutableMap<DutyId, String> REASONS = catalogued(ImmutableMap.<DutyId, String>builder()
      .put(DutyId.of("nhsa2006:3"),
          "What to arrange is the board's judgement (\"to such extent as it considers necessary\");"
          + " a configuration records no commissioning arrangements.")
      .put(DutyId.of("nhsa2006:13UA"),
          "A duty to have regard to guidance; a configuration records no joint appointment"
          + " decisions.")
      .put(DutyId.of("nhsa2006:14Z59"),
          "NHS England's duty, not the ICB's.")
      .put(DutyId.of("nhsa2006:14Z61"),
          "NHS England's powers; a configuration cannot show NHS England's satisfaction.")
      .put(DutyId.of("nhsa2006:14Z62"),
          "A configuration records no direction under s.14Z61.")
      .put(DutyId.of("nhsa2006:65Z7"),
          "A duty to have regard to guidance; the format records no delegation arrangements.")
      .put(DutyId.of("nhsa2006:223GC"), NO_ACCOUNTS)
      .put(DutyId.of("nhsa2006:223L"), NO_ACCOUNTS)
      .put(DutyId.of("nhsa2006:223LA"),
          "A financial duty (commencement unconfirmed); a configuration records no accounts.")
      .put(DutyId.of("nhsa2006:223M"), NO_ACCOUNTS)
      .put(DutyId.of("nhsa2006:sch1B.22"),
          "A configuration records no accounts.")
      .put(DutyId.of("nhsa2006:sch1B.1"),
          "A configuration does not record the constitution itself.")
      .put(DutyId.of("nhsa2006:sch1B.2"),
          "A configuration does not record the constitution's text; the reference-data checks"
          + " of the ICB's name and footprint are data checks, not checks of this paragraph.")
      .put(DutyId.of("nhsa2006:sch1B.9"),
          "A power, not a duty; board.disqualified rests on a constitution made under it.")
      .put(DutyId.of("nhsa2006:sch1B.10"),
          "The membership regulations are not in the library's legal sources (UNCONFIRMED).")
      .put(DutyId.of("nhsa2006:sch1B.19"),
          "Where a secondee comes from is not recorded.")
      .put(DutyId.of("lgpiha2007:116"),
          "No rule checks the needs assessment; the format records only whether each was"
          + " published and given to the partnership.")
      .put(DutyId.of("lgpiha2007:116A"),
          "No rule checks the joint local health and wellbeing strategy.")
      .put(DutyId.of("lgpiha2007:116B"),
          REGARD)
      .put(DutyId.of("hsca2012:194"),
          "The format does not record Health and Wellbeing Boards' membership or their"
          + " co-operation with the ICB.")
      .buildOrThrow());

  /** What is left unchecked of duties a rule checks in part, by duty id. */
  private static final ImmutableMap<DutyId, String> PARTS_NOT_CHECKED =
      catalogued(ImmutableMap.<DutyId, String>builder()
      .put(DutyId.of("nhsa2006:14Z30"),
          "Subsections (3)(a) and (c) and (4): whether declarations concern commissioning"
          + " decisions and reach the registers, and the arrangements for managing conflicts; (3)(b) is advice only.")
      .put(DutyId.of("nhsa2006:14Z58"),
          "Subsection (3) only where the configuration records consultedHealthAndWellbeingBoards;"
          + " subsection (6) is advice only.")
      .put(DutyId.of("nhsa2006:14Z54"),
          "Subsection (8) only where the configuration records includesConsultationSummary and"
          + " statesHealthAndWellbeingBoardOpinions; the consultation and involvement of subsections (2) to (4) are"
          + " not recorded.")
      .put(DutyId.of("nhsa2006:14Z52"),
          "Subsection (2)(a) only where the configuration records describesHealthServices;"
          + " subsection (6) (regard to the plan) is about how functions are exercised and is not checked;"
          + " s.14Z53 (revision) is not checked.")
      .put(DutyId.of("nhsa2006:14Z56"),
          "The plan for 2022/23 (S.I. 2022/734 reg 33(5): its deadline turns on a direction"
          + " whose date is not recorded); the plan's period, which the Secretary of State directs, and regard to"
          + " NHS England's guidance are not recorded (the rule assumes a plan for each year); s.14Z57 (revision)"
          + " is not checked.")
      .put(DutyId.of("lgpiha2007:116ZB"),
          "Subsection (3) (regard to the mandate and the Secretary of State's guidance) is"
          + " not recorded; subsection (6) only where the configuration records strategyRevisionConsidered for a"
          + " needs assessment given to the partnership, and (6)(b), whether a revision was needed, not at all.")
      .put(DutyId.of("nhsa2006:sch1B.8"),
          "Paragraph 8(1)(a) (who appoints the ordinary members) and 8(3) to (5) (the"
          + " nomination process and regard to NHS England's selection guidance).")
      .put(DutyId.of("nhsa2006:sch1B.11"),
          "Paragraph 11(4)(a) only where the configuration records approvedByChair for a"
          + " member of a committee exercising commissioning functions; an unrecorded approval is not reported.")
      .buildOrThrow());

  /**
   * Provisions that bear on an ICB or its partnership but are not in the duty catalogue at all, with why: a report
   * says nothing about them, so "not checked" would understate the gap.
   */
  private static final ImmutableMap<String, String> NOT_CATALOGUED = ImmutableMap.<String, String>builder()
      .put("NHS Act 2006 s.14Z53", "Revision of the joint forward plan (republish and give copies, or publish the"
          + " changes): mentioned only in the notes of s.14Z54; the format records no revisions.")
      .put("NHS Act 2006 s.14Z57", "Revision of the joint capital resource use plan: the format records no"
          + " revisions.")
      .put("NHS Act 2006 s.14Z60", "Information NHS England requires: mentioned only in the notes of s.14Z59.")
      .put("NHS Act 2006 s.3A and Parts 4 to 6", "Powers to arrange further services, and primary care: outside"
          + " what a governance configuration records.")
      .put("NHS Act 2006 s.13YB", "Not in the library's legal sources.")
      .put("NHS Act 2006 s.12ZB and the Provider Selection Regime", "The regulations are not in the library's"
          + " legal sources.")
      .put("NHS Act 2006 s.6E(1A) and s.6F", "Standing rules on patient choice: mentioned only in the notes of"
          + " s.14Z37; the rules themselves are not in the library's legal sources.")
      .put("NHS Act 2006 Sch. 1B para 10 regulations and para 8(2) prescribed descriptions", "The regulations"
          + " are not in the library's legal sources (UNCONFIRMED).")
      .put("Health and Social Care Act 2012 s.194(2)(f) and (6)", "Each relevant ICB appoints a representative to"
          + " each Health and Wellbeing Board: mentioned only in the notes of s.194(10); the format does not record"
          + " boards' membership.")
      .put("Equality Act 2010 s.149", "The public sector equality duty: not in the library's legal sources.")
      .buildOrThrow();

  /**
   * Returns the map, having checked that each key is a duty of the built-in catalogue, so that a mistyped key fails
   * when the class loads instead of being silently ignored.
   *
   * @throws IllegalStateException if a key is not a catalogued duty
   */
  static ImmutableMap<DutyId, String> catalogued(ImmutableMap<DutyId, String> byDuty) {
    for (DutyId id : byDuty.keySet()) {
      if (DutyCatalogue.builtIn().find(id).isEmpty()) {
        throw new IllegalStateException("Coverage names duty " + id + ", which the duty catalogue does not hold");
      }
    }
    return byDuty;
  }

  private static final Coverage NONE = new Coverage(false, ImmutableList.of(), ImmutableList.of(),
      ImmutableList.of(), ImmutableList.of());

  private final boolean known;
  private final ImmutableList<LegalReference> checked;
  private final ImmutableList<LegalReference> advisedOn;
  private final ImmutableList<NotChecked> notChecked;
  private final ImmutableList<NotChecked> checkedInPart;

  private Coverage(boolean known, ImmutableList<LegalReference> checked, ImmutableList<LegalReference> advisedOn,
      ImmutableList<NotChecked> notChecked, ImmutableList<NotChecked> checkedInPart) {
    this.known = known;
    this.checked = checked;
    this.advisedOn = advisedOn;
    this.notChecked = notChecked;
    this.checkedInPart = checkedInPart;
  }

  /**
   * Returns the coverage of a set of rules against the built-in duty catalogue.
   *
   * @param rules the rules, such as those a validator ran
   * @return the coverage
   */
  public static Coverage of(Iterable<? extends Rule> rules) {
    Objects.requireNonNull(rules, "rules");
    Set<LegalReference> law = new LinkedHashSet<>();
    Set<LegalReference> advice = new LinkedHashSet<>();
    for (Rule rule : rules) {
      if (rule.basis() instanceof LegalReference) {
        LegalReference whole = ((LegalReference) rule.basis()).whole();
        (rule.kind() == RuleKind.LAW || rule.kind() == RuleKind.LAW_NOT_SHOWN ? law : advice).add(whole);
      }
    }
    advice.removeAll(law);
    List<NotChecked> missing = new ArrayList<>();
    List<NotChecked> partly = new ArrayList<>();
    for (StatutoryDuty duty : DutyCatalogue.builtIn().all()) {
      LegalReference provision = duty.provision().whole();
      if (law.contains(provision)) {
        String part = PARTS_NOT_CHECKED.get(duty.id());
        if (part != null) {
          partly.add(new NotChecked(duty, part));
        }
        continue;
      }
      String reason = REASONS.getOrDefault(duty.id(),
          isAboutExercise(duty) ? REGARD : DEFAULT_REASON);
      if (advice.contains(provision)) {
        reason = "Only advice is given on it: " + reason;
      }
      missing.add(new NotChecked(duty, reason));
    }
    return new Coverage(true, sorted(law), sorted(advice), ImmutableList.copyOf(missing),
        ImmutableList.copyOf(partly));
  }

  /**
   * Returns the coverage of the built-in rules, {@link RuleSet#all()}.
   *
   * @return the coverage
   */
  public static Coverage builtIn() {
    return of(RuleSet.all().rules());
  }

  /**
   * Returns the coverage of a report whose rules are not known, such as one built by hand.
   *
   * @return coverage that is not {@link #isKnown() known}
   */
  public static Coverage unknown() {
    return NONE;
  }

  /**
   * Returns a known coverage from its parts, as {@link #of(Iterable)} computes them or as a report read back from
   * JSON states them. The lists are kept in the order given.
   *
   * @param checked the sections and schedule paragraphs a rule of {@link RuleKind#LAW} checks
   * @param advisedOn the sections and schedule paragraphs on which the rules only give advice or check policy
   * @param notChecked the duties no rule of {@link RuleKind#LAW} checks, with the reason
   * @param checkedInPart the duties a rule of {@link RuleKind#LAW} checks only in part, with the part left
   *     unchecked
   * @return the coverage, {@link #isKnown() known}
   * @throws InvalidValueException if a provision has a subdivision (coverage is by whole section or schedule
   *     paragraph), a provision appears twice or is both checked and advised on, or a duty appears twice or is
   *     both not checked and checked in part
   * @throws NullPointerException if an argument or an element is null
   */
  public static Coverage known(Iterable<LegalReference> checked, Iterable<LegalReference> advisedOn,
      Iterable<NotChecked> notChecked, Iterable<NotChecked> checkedInPart) {
    ImmutableList<LegalReference> law = ImmutableList.copyOf(Objects.requireNonNull(checked, "checked"));
    ImmutableList<LegalReference> advice = ImmutableList.copyOf(Objects.requireNonNull(advisedOn, "advisedOn"));
    ImmutableList<NotChecked> missing = ImmutableList.copyOf(Objects.requireNonNull(notChecked, "notChecked"));
    ImmutableList<NotChecked> partly =
        ImmutableList.copyOf(Objects.requireNonNull(checkedInPart, "checkedInPart"));
    Set<LegalReference> provisions = new HashSet<>();
    for (LegalReference provision : Iterables.concat(law, advice)) {
      if (!provision.equals(provision.whole())) {
        throw new InvalidValueException("coverage is by whole section or schedule paragraph, not "
            + provision.citation() + " (use " + provision.whole().citation() + ")");
      }
      if (!provisions.add(provision)) {
        throw new InvalidValueException(provision.citation() + " appears twice in the coverage (a provision is"
            + " either checked or advised on, once)");
      }
    }
    Set<DutyId> duties = new HashSet<>();
    for (NotChecked duty : Iterables.concat(missing, partly)) {
      if (!duties.add(duty.duty().id())) {
        throw new InvalidValueException("the duty " + duty.duty().id() + " appears twice in the coverage (a duty"
            + " is either not checked or checked in part, once)");
      }
    }
    return new Coverage(true, law, advice, missing, partly);
  }

  /** Whether a duty is about how functions are exercised: neither a plain "must" nor "may" (a power, no duty). */
  private static boolean isAboutExercise(StatutoryDuty duty) {
    return duty.strength() != DutyStrength.MUST && duty.strength() != DutyStrength.MAY;
  }

  private static ImmutableList<LegalReference> sorted(Set<LegalReference> references) {
    return references.stream().sorted((a, b) -> naturalKey(a.citation()).compareTo(naturalKey(b.citation())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The citation with each run of digits padded, so that "para 3" sorts before "para 11". */
  private static String naturalKey(String citation) {
    StringBuilder key = new StringBuilder();
    StringBuilder digits = new StringBuilder();
    for (char c : (citation + " ").toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
        continue;
      }
      if (digits.length() > 0) {
        key.append("0".repeat(Math.max(0, 8 - digits.length()))).append(digits);
        digits.setLength(0);
      }
      key.append(c);
    }
    return key.toString();
  }

  /**
   * Whether the rules behind this coverage are known.
   *
   * @return false for {@link #unknown()}
   */
  public boolean isKnown() {
    return known;
  }

  /**
   * The sections and schedule paragraphs a rule of {@link RuleKind#LAW} checks, by citation.
   *
   * @return the provisions checked
   */
  public List<LegalReference> checked() {
    return checked;
  }

  /**
   * The sections and schedule paragraphs on which the rules only give advice or check policy.
   *
   * @return the provisions advised on
   */
  public List<LegalReference> advisedOn() {
    return advisedOn;
  }

  /**
   * The catalogued duties no rule of {@link RuleKind#LAW} checks, with the reason, in catalogue order.
   *
   * @return the duties not checked
   */
  public List<NotChecked> notChecked() {
    return notChecked;
  }

  /**
   * The catalogued duties a rule of {@link RuleKind#LAW} checks only in part, with the part left unchecked.
   *
   * @return the duties checked in part
   */
  public List<NotChecked> checkedInPart() {
    return checkedInPart;
  }

  /**
   * Provisions bearing on an ICB or its partnership that the duty catalogue does not hold at all, with the reason
   * for each; the same for every coverage, since it describes the catalogue, not the rules.
   *
   * @return the provisions not catalogued, by citation, in a fixed order
   */
  public static Map<String, String> notCatalogued() {
    return NOT_CATALOGUED;
  }

  /**
   * The statement that a clean report is not a finding of lawfulness: {@link #STATEMENT}.
   *
   * @return the statement
   */
  public String statement() {
    return STATEMENT;
  }

  /**
   * Renders the coverage as Markdown, as {@code docs/rules.md} shows it.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    StringBuilder text = new StringBuilder("## What the rules check, and what they cannot see\n\n")
        .append(STATEMENT).append("\n\n### Provisions checked (ERROR rules citing law)\n\n");
    for (LegalReference reference : checked) {
      text.append("- ").append(reference.citation()).append('\n');
    }
    text.append("\n### Provisions on which the rules give only advice\n\n");
    for (LegalReference reference : advisedOn) {
      text.append("- ").append(reference.citation()).append('\n');
    }
    appendTable(text, "Duties checked only in part", "Not checked", checkedInPart);
    appendTable(text, "Catalogued duties no rule checks", "Why not", notChecked);
    text.append("\n### Provisions not catalogued at all\n\nNo rule checks these and the duty catalogue does not"
        + " hold them, so validation reports do not list them:\n\n| Provision | Why not |\n|---|---|\n");
    NOT_CATALOGUED.forEach((provision, reason) -> text.append("| ").append(provision).append(" | ").append(reason)
        .append(" |\n"));
    return text.toString();
  }

  /** Appends a Markdown table of duties with their reasons, under a heading. */
  private static void appendTable(StringBuilder text, String heading, String reasonColumn, List<NotChecked> duties) {
    text.append("\n### ").append(heading).append("\n\n| Duty | Provision | ").append(reasonColumn)
        .append(" |\n|---|---|---|\n");
    for (NotChecked duty : duties) {
      text.append("| `").append(duty.duty().id()).append("` ").append(duty.duty().shortTitle()).append(" | ")
          .append(duty.duty().provision().citation()).append(" | ").append(duty.reason().replace("|", "\\|"))
          .append(" |\n");
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Coverage)) {
      return false;
    }
    Coverage other = (Coverage) obj;
    return known == other.known && checked.equals(other.checked) && advisedOn.equals(other.advisedOn)
        && notChecked.equals(other.notChecked) && checkedInPart.equals(other.checkedInPart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(known, checked, advisedOn, notChecked, checkedInPart);
  }

  @Override
  public String toString() {
    return known
        ? "Coverage[" + checked.size() + " provisions checked, " + advisedOn.size() + " advised on, "
            + notChecked.size() + " duties not checked]"
        : "Coverage[unknown]";
  }

  /** A catalogued duty that no rule checks, and why. */
  public static final class NotChecked {
    private final StatutoryDuty duty;
    private final String reason;

    NotChecked(StatutoryDuty duty, String reason) {
      this.duty = Objects.requireNonNull(duty, "duty");
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Obtains a duty with the reason no rule checks it, or with the part of it no rule checks.
     *
     * @param duty the duty
     * @param reason why no rule checks it, or what is left unchecked
     * @return the entry
     * @throws InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public static NotChecked of(StatutoryDuty duty, String reason) {
      Objects.requireNonNull(duty, "duty");
      if (Objects.requireNonNull(reason, "reason").isBlank()) {
        throw new InvalidValueException("the reason a duty is not checked is blank: " + duty.id());
      }
      return new NotChecked(duty, reason);
    }

    /**
     * The duty.
     *
     * @return the duty
     */
    public StatutoryDuty duty() {
      return duty;
    }

    /**
     * Why no rule checks it.
     *
     * @return the reason
     */
    public String reason() {
      return reason;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof NotChecked && duty.equals(((NotChecked) obj).duty)
          && reason.equals(((NotChecked) obj).reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(duty, reason);
    }

    @Override
    public String toString() {
      return duty.id() + ": " + reason;
    }
  }
}
