package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.LocalIds;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An integrated care board: a statutory NHS body established by NHS England by order under s.14Z25 of the NHS Act
 * 2006 "for an area within England", which "has the function of arranging for the provision of services for the
 * purposes of the health service in England" (s.1I). Its board is fixed by Schedule 1B.
 *
 * <p>ICBs change over time. The 42 ICBs were established on 1 July 2022; from 1 April 2026 some merge. An ICB
 * records when it was established and dissolved, the ICBs it succeeded ({@link #predecessors()}) and the ICB that
 * succeeded it ({@link #successor()}).
 */
@Value.Immutable
public abstract class IntegratedCareBoard implements WithIntegratedCareBoard {
  /** The day the 42 ICBs were established: 1 July 2022. */
  public static final LocalDate ESTABLISHMENT_DAY = LocalDate.of(2022, 7, 1);

  IntegratedCareBoard() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IntegratedCareBoard} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIntegratedCareBoard.Builder {
    Builder() {}
  }

  /**
   * The ICB's id within the configuration, by which arrangements name it as a party.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * Its name, which the constitution must specify (Sch. 1B para 2(a)).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Its ODS code, such as {@code QYG}.
   *
   * @return the ODS code
   */
  public abstract Optional<OdsCode> odsCode();

  /**
   * Its ONS GSS code, such as {@code E54000008}.
   *
   * @return the GSS code
   */
  public abstract Optional<GssCode> gssCode();

  /**
   * The day it was established; 1 July 2022 unless it was established later, by a merger for example.
   *
   * @return the date
   */
  @Value.Default
  public LocalDate establishedOn() {
    return ESTABLISHMENT_DAY;
  }

  /**
   * The day it ceased to exist, if it has.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> dissolvedOn();

  /**
   * The ODS codes of the ICBs it succeeded, for an ICB formed by merger.
   *
   * @return the predecessors
   */
  public abstract Set<OdsCode> predecessors();

  /**
   * The ODS code of the ICB that succeeded it, if any.
   *
   * @return the successor
   */
  public abstract Optional<OdsCode> successor();

  /**
   * Whether it has published its constitution (s.14Z29): true, false, or empty if the configuration does not
   * record it. Not recorded is not false: {@code constitution.published} reports a recorded {@code false}, and
   * {@code constitution.publication-unrecorded} says that a configuration silent on the matter does not show the
   * duty met.
   *
   * @return the fact, or empty if not recorded
   */
  public abstract Optional<Boolean> constitutionPublished();

  /**
   * Its board.
   *
   * @return the board
   */
  @Value.Default
  public Board board() {
    return Board.empty();
  }

  /**
   * Its committees.
   *
   * @return the committees
   */
  public abstract List<Committee> committees();

  /**
   * Its registers of interests (s.14Z30).
   *
   * @return the registers
   */
  public abstract List<RegisterOfInterests> registersOfInterests();

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Returns whether it exists on a date.
   *
   * @param date the date
   * @return true between establishment and dissolution
   */
  public final boolean existsOn(LocalDate date) {
    return !date.isBefore(establishedOn()) && dissolvedOn().map(d -> date.isBefore(d)).orElse(true);
  }

  /**
   * Returns the ICB as an organisation, for the co-operation graph.
   *
   * @return an organisation of kind {@link OrganisationKind#INTEGRATED_CARE_BOARD}
   */
  @Value.Lazy
  public Organisation asOrganisation() {
    return Organisation.builder()
        .id(id())
        .name(name())
        .kind(OrganisationKind.INTEGRATED_CARE_BOARD)
        .odsCode(odsCode())
        .gssCode(gssCode())
        .build();
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("integrated care board " + id() + ": name must not be blank");
    }
    if (dissolvedOn().isPresent() && !dissolvedOn().get().isAfter(establishedOn())) {
      throw new InvalidValueException(
          "integrated care board " + id() + ": dissolvedOn must be after establishedOn");
    }
    LocalIds.requireUnique(committees(), Committee::id, "committees");
    LocalIds.requireUnique(registersOfInterests(), RegisterOfInterests::id, "registers of interests");
  }
}
