package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import io.github.icsmodel.IcsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The limits of format {@code icsmodel/1}, applied when reading (so that hostile or broken input fails fast, in
 * bounded memory) and when writing (so that the writer never produces a document the reader would refuse).
 *
 * <p>They are generous for real configurations. A national configuration of all 42 systems, in full detail, is a
 * few megabytes; the largest text in one is a name, a URL or a note in {@code extensions}; its deepest element is
 * some ten levels down; and its numbers are money and percentages.
 */
final class Limits {
  private Limits() {}

  /**
   * Objects and arrays may nest 200 deep. The format itself needs about ten levels; the rest is room for
   * {@code extensions}. Reading recurses once per level, so this also bounds the stack.
   */
  static final int MAX_NESTING_DEPTH = 200;

  /**
   * A string may hold a million characters: a long pasted note in {@code extensions} fits, while a single
   * string cannot take more than a few megabytes of memory.
   */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** A property name may be 1,000 characters: the format's own are under 50; extensions' keys are names too. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** A number may be 100 characters long: amounts of money and percentages need under 20. */
  static final int MAX_NUMBER_LENGTH = 100;

  /**
   * A document may be 64 MiB. England's national configuration (36 ICBs from April 2026, a few hundred
   * organisations each, in full detail) is a few megabytes; the largest this library is benchmarked with is about
   * 50 MB. A configuration read and validated is held in about twice its document's size (see the benchmarks'
   * README).
   */
  static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * An array may have 100,000 elements and an object 100,000 properties. The largest real lists are a system's
   * organisations (a few hundred; England has some 6,300 GP practices in all) and the 36 to 42 systems of a
   * national configuration.
   */
  static final int MAX_ENTRIES = 100_000;

  /**
   * The earliest date a document may hold: 1 January 1900. Members' appointments and organisations' histories
   * reach back decades, not centuries.
   */
  static final java.time.LocalDate EARLIEST_DATE = java.time.LocalDate.of(1900, 1, 1);

  /**
   * The latest date a document may hold: 31 December 2999. Plans look a few years ahead; a bound far from the
   * edge of what {@link java.time.LocalDate} and financial years represent means every date read can be validated
   * (rules add years to dates and take the financial year of a date).
   */
  static final java.time.LocalDate LATEST_DATE = java.time.LocalDate.of(2999, 12, 31);

  static final StreamReadConstraints READ =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .build();

  static final StreamWriteConstraints WRITE =
      StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();

  /** Writes a string, refusing one the reader would refuse. */
  static void writeString(String text, JsonGenerator generator) throws IOException {
    if (text.length() > MAX_STRING_LENGTH) {
      throw new IcsException(
          "cannot write a string of " + text.length() + " characters: format icsmodel/1 allows "
              + MAX_STRING_LENGTH);
    }
    generator.writeString(text);
  }

  /**
   * Returns the text a number is written as: exact, keeping its scale ({@code 1.50} stays {@code 1.50}, so that it
   * reads back equal), in plain notation where that fits the length limit and in exponent notation ({@code 1E+3},
   * {@code 1.5E-200}) otherwise.
   *
   * @return the text, or empty if even exponent notation is longer than {@link #MAX_NUMBER_LENGTH}
   */
  static Optional<String> numberText(BigDecimal number) {
    int scale = number.scale();
    if (scale >= 0 && scale < MAX_NUMBER_LENGTH && number.precision() - scale < MAX_NUMBER_LENGTH) {
      String plain = number.toPlainString();
      if (plain.length() <= MAX_NUMBER_LENGTH) {
        return Optional.of(plain);
      }
    }
    String exponent = number.toString();
    return exponent.length() <= MAX_NUMBER_LENGTH ? Optional.of(exponent) : Optional.empty();
  }

  /** Writes a number exactly (see {@link #numberText}), refusing one the reader would refuse. */
  static void writeNumber(BigDecimal number, JsonGenerator generator) throws IOException {
    String text =
        numberText(number)
            .orElseThrow(
                () ->
                    new IcsException(
                        "cannot write a number with " + number.precision() + " digits and scale " + number.scale()
                            + ": format icsmodel/1 allows numbers of up to " + MAX_NUMBER_LENGTH + " characters"));
    generator.writeNumber(text);
  }
}
