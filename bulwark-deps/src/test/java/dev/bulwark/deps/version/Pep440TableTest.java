package dev.bulwark.deps.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the hand-written PEP 440 table (src/test/resources/pep440/cases.txt), which
 * tools/pep440/crosscheck.py also proves against pip's vendored packaging.
 */
class Pep440TableTest {

  private static final String TABLE = "/pep440/cases.txt";

  /** One table line: its number for the report, the text for the display name. */
  record Case(int line, String text) {
    @Override
    public String toString() {
      return "line " + line + ": " + text;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = Pep440TableTest.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IOException("missing test resource " + TABLE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        String line = raw.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          cases.add(new Case(number, line));
        }
      }
    }
    return cases.stream();
  }

  @Test
  void tableHasAtLeastTwoHundredCases() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tableCase(Case c) {
    String line = c.text();
    String head = before(line);
    String rest = after(line);
    if (head.equals("invalid-version")) {
      assertThatThrownBy(() -> Version.parse(rest)).isInstanceOf(VersionSyntaxException.class);
      assertThat(Version.tryParse(rest)).isEmpty();
      return;
    }
    if (head.equals("invalid-specifier")) {
      assertThatThrownBy(() -> SpecifierSet.parse(rest)).isInstanceOf(VersionSyntaxException.class);
      return;
    }
    String op = before(rest);
    String operand = after(rest).strip();
    Version version = Version.parse(head);
    switch (op) {
      case "=>":
        assertThat(version.toString()).isEqualTo(operand);
        // the normal form reads back as the same version
        assertThat(Version.parse(operand)).isEqualTo(version);
        break;
      case "<":
        assertOrdered(version, Version.parse(operand));
        break;
      case ">":
        assertOrdered(Version.parse(operand), version);
        break;
      case "==":
        Version other = Version.parse(operand);
        assertThat(version).isEqualTo(other);
        assertThat(version.compareTo(other)).isZero();
        assertThat(version.hashCode()).isEqualTo(other.hashCode());
        break;
      case "!=":
        assertThat(version).isNotEqualTo(Version.parse(operand));
        assertThat(version.compareTo(Version.parse(operand))).isNotZero();
        break;
      case "in":
        assertThat(SpecifierSet.parse(operand).contains(version, false)).isTrue();
        break;
      case "!in":
        assertThat(SpecifierSet.parse(operand).contains(version, false)).isFalse();
        break;
      case "in+pre":
        assertThat(SpecifierSet.parse(operand).contains(version, true)).isTrue();
        break;
      case "!in+pre":
        assertThat(SpecifierSet.parse(operand).contains(version, true)).isFalse();
        break;
      default:
        throw new AssertionError("unknown operator in table: " + op);
    }
  }

  private static void assertOrdered(Version smaller, Version larger) {
    assertThat(smaller.compareTo(larger)).isNegative();
    assertThat(larger.compareTo(smaller)).isPositive();
    assertThat(smaller).isNotEqualTo(larger);
  }

  private static String before(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  private static String after(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? "" : text.substring(space + 1);
  }
}
