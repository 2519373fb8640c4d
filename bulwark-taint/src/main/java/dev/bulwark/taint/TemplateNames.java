package dev.bulwark.taint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a template binds itself, for {@link TemplateScanner}: loop variables, {@code {% set x = y %}}
 * and {@code {% with x = y %}} (Jinja2) or {@code {% with x=y %}} and {@code {% with y as x %}}
 * (Django). Each stands for the context variable its value is read from, so that an output of
 * {@code x} counts for {@code y}; a value marked safe ({@code y|safe}) prints unescaped wherever the
 * name is printed, and an escaped value ({@code y|e}) prints nothing of the sender's. Bindings are
 * scoped as Jinja2 scopes them: a {@code with}, {@code for}, {@code block} or {@code macro} opens a
 * scope ({@link #open}), and every name bound inside it (a {@code set} too) is what it was before
 * at the scope's end ({@link #close}); a {@code set} outside any scope lasts to the end of the template.
 */
final class TemplateNames {

  /** What a name stands for: the context variable ({@code null}: none, an escaped value) and whether it is marked safe. */
  private record Alias(String root, boolean safe) {}

  private final Map<String, Alias> aliases = new HashMap<>();
  /** An open scope: the tag that opened it and the bindings made inside it replaced (an absent one as null). */
  private record Scope(String tag, Map<String, Alias> replaced) {}

  /** The open scopes, innermost first. */
  private final Deque<Scope> scopes = new ArrayDeque<>();

  /**
   * The context variable {@code name} stands for: itself when the template does not bind it, null
   * when it holds an escaped value.
   */
  String root(String name) {
    Alias a = aliases.get(name);
    return a == null ? name : a.root();
  }

  /** Whether {@code name} holds a value the template marked safe. */
  boolean safe(String name) {
    Alias a = aliases.get(name);
    return a != null && a.safe();
  }

  /** Binds {@code name} to a loop's iterable {@code root} (a loop variable neither escapes nor marks safe). */
  void loop(String name, String root) {
    put(name, new Alias(root, safe(root)));
  }

  /** Binds {@code name}, remembering in the innermost scope what it was before. */
  private void put(String name, Alias alias) {
    Scope top = scopes.peek();
    if (top != null && !top.replaced().containsKey(name)) {
      top.replaced().put(name, aliases.get(name));
    }
    aliases.put(name, alias);
  }

  /** {@code {% set ... %}}'s text after the tag: {@code x = y|safe}, {@code a, b = y}. */
  void set(String rest) {
    int eq = TemplateExpressions.assignmentSign(rest, 0);
    if (eq < 0) {
      return; // a block set ({% set x %}...{% endset %}) or junk
    }
    for (String target : rest.substring(0, eq).split(",")) {
      bind(target.strip(), rest.substring(eq + 1));
    }
  }

  /** {@code {% with ... %}}'s text after the tag; its bindings last until {@code endwith} closes its scope. */
  void with(String rest) {
    open("with");
    int as = rest.lastIndexOf(" as ");
    if (TemplateExpressions.assignmentSign(rest, 0) < 0 && as > 0) {
      bind(rest.substring(as + 4).strip(), rest.substring(0, as)); // Django's old form
      return;
    }
    for (String[] pair : assignments(rest)) {
      bind(pair[0], pair[1]);
    }
  }

  /** Opens a scope for the tag {@code tag} ({@code with}, {@code for}, {@code block}, {@code macro}). */
  void open(String tag) {
    scopes.push(new Scope(tag, new HashMap<>()));
  }

  /**
   * Closes the innermost scope when the tag {@code tag} opened it (a stray end tag changes nothing):
   * the names bound inside it are what they were before it.
   */
  void close(String tag) {
    Scope top = scopes.peek();
    if (top == null || !top.tag().equals(tag)) {
      return;
    }
    scopes.pop();
    top.replaced().forEach((name, before) -> {
      if (before == null) {
        aliases.remove(name);
      } else {
        aliases.put(name, before);
      }
    });
  }

  private void bind(String name, String value) {
    if (!isIdentifier(name)) {
      return; // {% set ns.total = ... %} changes an attribute, not a name
    }
    boolean escaped = false;
    boolean safe = false;
    for (String f : TemplateScanner.filtersOf(value)) {
      escaped |= TemplateScanner.escapes(f);
      safe |= TemplateScanner.marksSafe(f);
    }
    String root = escaped ? null : TemplateScanner.rootName(value, this);
    put(name, new Alias(root, !escaped && (safe || root != null && safe(root))));
  }

  /**
   * The {@code name = value} pairs of a {@code with}: separated by commas (Jinja2) or by spaces before
   * the next {@code name=} (Django).
   */
  private static List<String[]> assignments(String rest) {
    List<String[]> out = new ArrayList<>();
    int from = 0;
    while (from < rest.length()) {
      int eq = TemplateExpressions.assignmentSign(rest, from);
      if (eq < 0) {
        break;
      }
      String name = rest.substring(from, eq).strip();
      int next = TemplateExpressions.assignmentSign(rest, eq + 1);
      int end = rest.length();
      if (next >= 0) {
        // the value ends where the next name starts: after a comma or a space before it
        int nameStart = next;
        while (nameStart > eq + 1 && Character.isWhitespace(rest.charAt(nameStart - 1))) {
          nameStart--;
        }
        while (nameStart > eq + 1 && isNameChar(rest.charAt(nameStart - 1))) {
          nameStart--;
        }
        end = nameStart;
      }
      String value = rest.substring(eq + 1, end).strip();
      if (value.endsWith(",")) {
        value = value.substring(0, value.length() - 1);
      }
      out.add(new String[] {name.startsWith(",") ? name.substring(1).strip() : name, value});
      from = end;
    }
    return out;
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
