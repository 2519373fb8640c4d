package dev.bulwark.deps.manifest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a PEP 508 requirement string a manifest reader needs: name, extras, the version
 * specifier or URL, and the marker, split but not interpreted (the audit parses specifiers and
 * markers itself).
 */
public record RequirementText(String name, String extras, String specifier, String url, String marker) {

  private static final Pattern HEAD =
      Pattern.compile("\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(\\[[^\\]]*\\])?\\s*(.*)", Pattern.DOTALL);

  /** The requirement's parts, or empty when the text does not start with a valid name. */
  public static Optional<RequirementText> parse(String text) {
    Matcher m = HEAD.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    String extras = m.group(2) == null ? "" : m.group(2);
    String rest = m.group(3).strip();
    String url = null;
    String marker = null;
    String specifier;
    if (rest.startsWith("@")) {
      // in a URL requirement only " ;" ends the URL, as ';' may appear inside it
      String afterAt = rest.substring(1).strip();
      int semi = indexOfSpaceSemicolon(afterAt);
      url = (semi < 0 ? afterAt : afterAt.substring(0, semi)).strip();
      marker = semi < 0 ? null : afterAt.substring(semi).strip().substring(1).strip();
      specifier = "";
      if (url.isEmpty()) {
        return Optional.empty();
      }
    } else {
      int semi = rest.indexOf(';');
      specifier = (semi < 0 ? rest : rest.substring(0, semi)).strip();
      marker = semi < 0 ? null : rest.substring(semi + 1).strip();
      if (specifier.startsWith("(") && specifier.endsWith(")")) {
        specifier = specifier.substring(1, specifier.length() - 1).strip();
      }
      if (!specifier.isEmpty() && !specifier.matches("(\\s*(===|==|!=|~=|>=|<=|>|<)\\s*[^,\\s;]+\\s*)(,\\s*(===|==|!=|~=|>=|<=|>|<)\\s*[^,\\s;]+\\s*)*")) {
        return Optional.empty();
      }
    }
    if (marker != null && marker.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RequirementText(name, extras, specifier, url, marker));
  }

  private static int indexOfSpaceSemicolon(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) == ';' && Character.isWhitespace(s.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }
}
