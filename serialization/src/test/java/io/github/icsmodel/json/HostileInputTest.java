package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile input: whatever the bytes, reading either gives a configuration or fails with an
 * {@link IcsJsonException} that says where (line and column from 1, a JSON Pointer), never with anything else; and
 * input built to exhaust memory or the stack fails fast, having read little of it.
 */
class HostileInputTest {
  private static final byte[] EXAMPLE = Examples.bytes(Examples.NORTHSHIRE);
  private static final byte[] ALPHABET =
      "{}[]\":,.-+eE0123456789 \n\tabcdefghijklmnopqrstuvwxyz\\/\u00e9".getBytes(StandardCharsets.UTF_8);

  @Test
  void theExampleTruncatedAtEveryByteFailsWithALocation() {
    // Only the truncation that drops the final newline leaves a whole document. The cases are independent, so
    // they run on every core.
    int lastBrace = EXAMPLE.length - 2;
    List<String> wrong =
        IntStream.range(0, EXAMPLE.length)
            .parallel()
            .filter(length -> readsOrFailsWithALocation(
                    Arrays.copyOf(EXAMPLE, length), length % 8 == 0, "truncated to " + length)
                != (length > lastBrace))
            .mapToObj(length -> "truncated to " + length + " bytes")
            .collect(Collectors.toList());

    assertThat(wrong).as("truncations that read although broken, or failed although whole").isEmpty();
  }

  @Test
  void theExampleMutatedAtRandomReadsOrFailsWithALocation() {
    Random random = new Random(20261123L);
    int read = 0;
    int cases = 2_500;
    for (int i = 0; i < cases; i++) {
      byte[] mutated = mutate(EXAMPLE, random);
      if (readsOrFailsWithALocation(mutated, i % 8 == 0, "mutation " + i + " of seed 20261123")) {
        read++;
      }
    }
    // Some mutations land in text and still read; most break something. Both outcomes must occur.
    assertThat(read).isBetween(1, cases - 1);
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0: // replace with a byte JSON cares about
          bytes[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          break;
        case 1: // replace with any byte, including invalid UTF-8
          bytes[at] = (byte) random.nextInt(256);
          break;
        case 2: { // delete a short run
          int length = Math.min(1 + random.nextInt(8), bytes.length - at);
          byte[] shorter = new byte[bytes.length - length];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + length, shorter, at, bytes.length - at - length);
          bytes = shorter.length == 0 ? bytes : shorter;
          break;
        }
        default: { // duplicate a short run in place
          int length = Math.min(1 + random.nextInt(16), bytes.length - at);
          byte[] longer = new byte[bytes.length + length];
          System.arraycopy(bytes, 0, longer, 0, at + length);
          System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
          bytes = longer;
        }
      }
    }
    return bytes;
  }

  /** Returns true if the bytes read; fails the test if reading threw anything but a located IcsJsonException. */
  private static boolean readsOrFailsWithALocation(byte[] bytes, boolean lenient, String what) {
    try {
      if (lenient) {
        IcsJson.reader().lenient().readSystem(new ByteArrayInputStream(bytes), "northshire.json");
      } else {
        IcsJson.readSystem(new ByteArrayInputStream(bytes), "northshire.json");
      }
      return true;
    } catch (IcsJsonException e) {
      if (e.line() < 1 || e.column() < 1 || e.pointer() == null || e.problem().isBlank()) {
        fail(what + ": unlocated " + e.getMessage());
      }
      if (!e.getMessage().startsWith("northshire.json:" + e.line() + ":" + e.column() + ": ")) {
        fail(what + ": message does not start with the location: " + e.getMessage());
      }
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": " + e, e);
    }
  }

  @Test
  void aDocumentNested100000DeepFailsFast() {
    String prefix = "{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"A\", \"icb\": {\"id\": \"i\", \"name\": \"I\"},"
        + " \"extensions\": {\"x\": ";
    Generated in = new Generated(prefix, "[", 100_000, "");

    IcsJsonException e = failsFast(in);

    assertThat(e.problem())
        .isEqualTo("the document exceeds a limit of format icsmodel/1: objects and arrays are nested more than 200 deep");
    assertThat(e.pointer().toString()).startsWith("/extensions/x/0/0/0");
    assertThat(in.count).isLessThan(10_000);
  }

  @Test
  void nestingOutsideExtensionsFailsFastToo() {
    IcsJsonException e = failsFast(new Generated("{\"format\": \"icsmodel/1\", \"id\": ", "{\"a\":", 100_000, ""));

    assertThat(e.problem()).isEqualTo("expected an id as a string such as \"trust-north\", got an object");
    IcsJsonException top = failsFast(new Generated("", "[", 100_000, ""));
    assertThat(top.problem()).isEqualTo("expected an object, got an array");
  }

  @Test
  void aStringOf100MegabytesFailsFast() {
    Generated in = new Generated("{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"", "a", 100_000_000, "\"}");

    IcsJsonException e = failsFast(in);

    assertThat(e.problem()).isEqualTo("the document exceeds a limit of format icsmodel/1: a value is longer than"
        + " 1000000 characters (a string may have at most 1000000, a number at most 100)");
    assertThat(e.pointer()).hasToString("/name");
    assertThat(in.count).isLessThan(5_000_000);
  }

  @Test
  void aNumberOf100MegabytesIsNotCalledAStringAndNamesNoJacksonMethod() {
    Generated in = new Generated("{\"format\": \"icsmodel/1\", \"id\": \"a\", \"x\": ", "9", 100_000_000, "}");

    IcsJsonException e = failsFast(in);

    assertThat(e.problem()).contains("a value is longer than 1000000 characters").contains("a number at most 100")
        .doesNotContain("a string is").doesNotContain("StreamReadConstraints").doesNotContain("()");
    assertThat(in.count).isLessThan(5_000_000);
  }

  @Test
  void aLongPropertyNameFailsFast() {
    IcsJsonException e = failsFast(new Generated("{\"format\": \"icsmodel/1\", \"", "n", 10_000_000, "\": 1}"));

    assertThat(e.problem()).endsWith("a property name is longer than 1000 characters");
  }

  @Test
  void aLongNumberFailsFast() {
    String prefix = "{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"A\", \"icb\": {\"id\": \"i\", \"name\": \"I\"},"
        + " \"extensions\": {\"x\": 1";

    IcsJsonException e = failsFast(new Generated(prefix, "0", 1_000, "}}"));

    assertThat(e.problem()).endsWith("a number is longer than 100 characters");
    assertThat(e.pointer()).hasToString("/extensions/x");
  }

  @Test
  void aDocumentOverTheSizeLimitFailsWhenItPassesTheLimit() {
    Generated in = new Generated("{\"format\": \"icsmodel/1\",", " ", 80L * 1024 * 1024, "}");

    IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.readSystem(in, "big.json"));

    assertThat(e.problem()).endsWith("the document is longer than 67108864 bytes");
    assertThat(in.count).isLessThan(65L * 1024 * 1024);
  }

  @Test
  void duplicatePropertiesAreRefused() {
    IcsJsonException top = failsFast(new ByteArrayInputStream(
        "{\"format\": \"icsmodel/1\", \"format\": \"icsmodel/1\"}".getBytes(StandardCharsets.UTF_8)));
    String nested = "{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"A\", \"icb\": {\"id\": \"i\", \"name\": \"I\"},"
        + " \"extensions\": {\"x\": {\"k\": 1, \"k\": 2}}}";
    IcsJsonException inExtensions = failsFast(new ByteArrayInputStream(nested.getBytes(StandardCharsets.UTF_8)));

    assertThat(top.problem()).isEqualTo("the property \"format\" appears twice in this object");
    assertThat(top.line()).isEqualTo(1);
    assertThat(top.column()).isEqualTo(34);
    assertThat(inExtensions.problem()).isEqualTo("the property \"k\" appears twice in this object");
    assertThat(inExtensions.pointer()).hasToString("/extensions/x/k");
  }

  private static IcsJsonException failsFast(InputStream in) {
    long start = System.nanoTime();
    IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.readSystem(in, "hostile.json"));
    assertThat(e).as("the read fails with an IcsJsonException").isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
    return e;
  }

  /** A stream of a prefix, a unit repeated many times, and a suffix, made as it is read and counting what is read. */
  private static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    private final long repeats;
    private final byte[] suffix;
    private final long length;
    long count;

    Generated(String prefix, String unit, long repeats, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.unit = unit.getBytes(StandardCharsets.UTF_8);
      this.repeats = repeats;
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
      this.length = this.prefix.length + this.unit.length * repeats + this.suffix.length;
    }

    private byte at(long position) {
      if (position < prefix.length) {
        return prefix[(int) position];
      }
      long inRepeats = position - prefix.length;
      if (inRepeats < unit.length * repeats) {
        return unit[(int) (inRepeats % unit.length)];
      }
      return suffix[(int) (inRepeats - unit.length * repeats)];
    }

    @Override
    public int read() {
      return count < length ? at(count++) & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int size) {
      if (count >= length) {
        return -1;
      }
      int n = (int) Math.min(size, length - count);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = at(count++);
      }
      return n;
    }
  }
}
