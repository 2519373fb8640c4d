package dev.bulwark.deps.advisory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The structural checks a record must pass to enter the store. Version bounds are not parsed here:
 * a bound that is not PEP 440 is valid OSV, and the matcher falls back to {@code versions[]} for it.
 */
public final class OsvValidator {

  /** Ids become file names in the store, so they may hold only these characters. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private OsvValidator() {}

  /** What is wrong with the record; empty when it is valid. */
  public static List<String> problems(OsvRecord r) {
    List<String> problems = new ArrayList<>();
    if (r.id() == null || r.id().isBlank()) {
      problems.add("no id");
    } else if (!ID.matcher(r.id()).matches()) {
      problems.add("id '" + r.id() + "' has characters an OSV id cannot have");
    }
    if (r.modified() == null || r.modified().isBlank()) {
      problems.add("no 'modified' time");
    }
    for (int i = 0; i < r.affected().size(); i++) {
      checkAffected(r.affected().get(i), "affected[" + i + "]", problems);
    }
    return problems;
  }

  private static void checkAffected(OsvAffected a, String where, List<String> problems) {
    if (a.pkg() == null || blank(a.pkg().name()) || blank(a.pkg().ecosystem())) {
      problems.add(where + ": package without name or ecosystem");
    }
    for (int i = 0; i < a.ranges().size(); i++) {
      checkRange(a.ranges().get(i), where + ".ranges[" + i + "]", problems);
    }
    for (String v : a.versions()) {
      if (blank(v)) {
        problems.add(where + ".versions: empty version");
        break;
      }
    }
  }

  private static void checkRange(OsvRange range, String where, List<String> problems) {
    String type = range.type();
    if (!OsvRange.ECOSYSTEM.equals(type) && !OsvRange.SEMVER.equals(type) && !OsvRange.GIT.equals(type)) {
      problems.add(where + ": unknown range type '" + type + "'");
      return;
    }
    if (range.events().isEmpty()) {
      problems.add(where + ": no events");
      return;
    }
    boolean introduced = false;
    for (int i = 0; i < range.events().size(); i++) {
      OsvEvent e = range.events().get(i);
      if (e.fieldCount() != 1) {
        problems.add(where + ".events[" + i + "]: an event needs exactly one of introduced, fixed, "
            + "last_affected, limit");
        return;
      }
      if (blank(e.bound())) {
        problems.add(where + ".events[" + i + "]: empty " + e.kind().name().toLowerCase(java.util.Locale.ROOT));
        return;
      }
      introduced |= e.kind() == OsvEvent.Kind.INTRODUCED;
    }
    if (!introduced) {
      problems.add(where + ": no 'introduced' event");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
