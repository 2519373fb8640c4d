package dev.bulwark.deps.manifest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Poetry's version constraints in PEP 440 terms (pep440-facts §4.12): {@code ^1.2.3} is
 * {@code >=1.2.3,<2.0.0}, {@code ~1.2} is {@code >=1.2,<1.3}, a bare {@code 1.2.3} is {@code ==1.2.3},
 * {@code *} is any version. {@code A || B} has no PEP 440 form and is kept as written.
 */
public final class PoetryConstraint {

  private static final Pattern RELEASE = Pattern.compile("(\\d+(?:\\.\\d+)*)(.*)");
  private static final Pattern CLAUSE = Pattern.compile("(\\^|~=|~|===|==|!=|>=|<=|>|<)?\\s*(\\S+)");

  /**
   * @param specifier the PEP 440 specifier ("" for any version), or the constraint as written when it has none
   * @param pin the exact version, when the constraint allows exactly one
   */
  public record Translated(String specifier, Optional<String> pin) {}

  private PoetryConstraint() {}

  public static Translated translate(String constraint) {
    String c = constraint == null ? "" : constraint.strip();
    if (c.isEmpty() || c.equals("*")) {
      return new Translated("", Optional.empty());
    }
    if (c.contains("||") || c.contains("|")) {
      return new Translated(c, Optional.empty());
    }
    List<String> clauses = new ArrayList<>();
    // Poetry separates clauses with commas or spaces, and allows a space after the operator
    for (String part : c.replaceAll("(\\^|~=|~|===|==|!=|>=|<=|>|<)\\s+", "$1").split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      Matcher m = CLAUSE.matcher(part);
      if (!m.matches()) {
        return new Translated(c, Optional.empty());
      }
      String op = m.group(1) == null ? "" : m.group(1);
      String version = m.group(2);
      switch (op) {
        case "^":
          clauses.add(">=" + version);
          upper(version, true).ifPresent(u -> clauses.add("<" + u));
          break;
        case "~":
          clauses.add(">=" + version);
          upper(version, false).ifPresent(u -> clauses.add("<" + u));
          break;
        case "":
          clauses.add(version.equals("*") ? "" : "==" + version);
          break;
        default:
          clauses.add(op + version);
      }
    }
    clauses.removeIf(String::isEmpty);
    String specifier = String.join(",", clauses);
    return new Translated(specifier, Pins.exact(specifier));
  }

  /** The exclusive upper bound of a caret ({@code caret}) or tilde constraint on {@code version}. */
  private static Optional<String> upper(String version, boolean caret) {
    Matcher m = RELEASE.matcher(version);
    if (!m.matches()) {
      return Optional.empty();
    }
    String[] parts = m.group(1).split("\\.");
    int bump;
    if (caret) {
      bump = parts.length - 1;
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].matches("0+")) {
          bump = i;
          break;
        }
      }
    } else {
      bump = parts.length >= 2 ? 1 : 0;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (i < bump) {
        out.add(parts[i]);
      } else if (i == bump) {
        out.add(String.valueOf(Long.parseLong(parts[i]) + 1));
      } else {
        out.add("0");
      }
    }
    return Optional.of(String.join(".", out));
  }
}
