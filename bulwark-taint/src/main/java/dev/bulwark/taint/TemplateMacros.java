package dev.bulwark.taint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The macros a template defines ({@code {% macro field(value, label="") %}...{% endmacro %}}), for
 * {@link TemplateScanner}: an output of a parameter inside the body is kept with the macro, and a call
 * later in the same template ({@code {{ field(comment.body) }}}, {@code {{ field(value=bio) }}}) prints
 * each argument as the body prints its parameter. A call of a macro imported from another template is
 * kept as an {@link ImportedCall} for {@link TemplateIndex} to resolve.
 */
final class TemplateMacros {

  /** A macro: its parameters in order, and the outputs of them in its body (named by parameter). */
  record Macro(String name, List<String> params, List<TemplateScanner.Output> printed) {}

  /**
   * One argument of a macro call: its keyword (null when positional), the context variable it reads
   * (null for none, or a name holding an escaped value), and whether it is escaped or marked safe there.
   */
  record Argument(String keyword, String root, boolean escaped, boolean safe) {}

  /**
   * A call of a macro another template defines ({@code {% from "forms.html" import field %}} then
   * {@code {{ field(bio) }}}), resolved when the templates are indexed.
   */
  record ImportedCall(String template, String macro, List<Argument> arguments) {}

  private final Map<String, Macro> macros = new HashMap<>();
  private Macro defining;

  /** {@code {% macro ... %}}'s text after the tag: {@code field(value, label="")}. */
  void open(String rest) {
    int paren = rest.indexOf('(');
    int close = rest.lastIndexOf(')');
    if (paren <= 0 || close < paren) {
      defining = null;
      return;
    }
    List<String> params = new ArrayList<>();
    for (String p : TemplateExpressions.split(rest.substring(paren + 1, close))) {
      int eq = p.indexOf('=');
      params.add((eq < 0 ? p : p.substring(0, eq)).strip());
    }
    defining = new Macro(rest.substring(0, paren).strip(), params, new ArrayList<>());
  }

  /** {@code {% endmacro %}}: the macro can be called from here on. */
  void close() {
    if (defining != null) {
      macros.put(defining.name(), defining);
      defining = null;
    }
  }

  /**
   * Whether the output {@code o} of the name {@code printed} prints a parameter of the macro being
   * defined: it is then kept for the macro's calls instead of counting as a context variable.
   */
  boolean keep(String printed, TemplateScanner.Output o) {
    if (defining == null || !defining.params().contains(printed)) {
      return false;
    }
    defining.printed().add(new TemplateScanner.Output(printed, o.line(), o.escaping(), o.how()));
    return true;
  }

  /**
   * The outputs of the call {@code expr} of a macro defined above, one per argument printed, named by
   * the argument's context variable; null when {@code expr} is no such call.
   */
  List<TemplateScanner.Output> call(String printed, String expr, TemplateNames names) {
    Macro m = printed == null ? null : macros.get(printed);
    String s = expr.strip();
    if (m == null || !s.substring(printed.length()).stripLeading().startsWith("(")) {
      return null;
    }
    return apply(m, arguments(s, names));
  }

  /** The macros defined so far, by name: what another template imports. */
  Map<String, Macro> defined() {
    return Map.copyOf(macros);
  }

  /**
   * The arguments of the call {@code call} ({@code field(bio, label=x|e)}), each read through the
   * names the template binds at the call.
   */
  static List<Argument> arguments(String call, TemplateNames names) {
    int open = call.indexOf('(');
    if (open < 0) {
      return List.of();
    }
    int close = TemplateExpressions.closing(call, open);
    List<Argument> out = new ArrayList<>();
    for (String a : TemplateExpressions.split(call.substring(open + 1, close))) {
      int eq = keywordSign(a);
      String keyword = eq > 0 ? a.substring(0, eq).strip() : null;
      String value = eq > 0 ? a.substring(eq + 1) : a;
      boolean escaped = false;
      boolean safe = false;
      for (String f : TemplateScanner.filtersOf(value)) {
        escaped |= TemplateScanner.escapes(f);
        safe |= TemplateScanner.marksSafe(f);
      }
      out.add(new Argument(keyword, TemplateScanner.rootName(value, names), escaped, safe));
    }
    return out;
  }

  /** What the call of {@code m} with {@code given} prints: each parameter's outputs, named by its argument's variable. */
  static List<TemplateScanner.Output> apply(Macro m, List<Argument> given) {
    Map<String, Argument> args = new HashMap<>();
    for (int i = 0; i < given.size(); i++) {
      Argument a = given.get(i);
      if (a.keyword() != null) {
        args.put(a.keyword(), a);
      } else if (i < m.params().size()) {
        args.put(m.params().get(i), a);
      }
    }
    List<TemplateScanner.Output> out = new ArrayList<>();
    for (TemplateScanner.Output o : m.printed()) {
      Argument a = args.get(o.name());
      if (a == null || a.root() == null || a.escaped()) {
        continue; // no variable, or escaped before the call: the body's |safe keeps it escaped
      }
      if (a.safe() && o.escaping() == TemplateScanner.Escaping.DEFAULT) {
        out.add(new TemplateScanner.Output(a.root(), o.line(), TemplateScanner.Escaping.UNESCAPED, "with |safe"));
      } else {
        String how = o.how().isEmpty() ? "" : o.how() + " in macro '" + m.name() + "'";
        out.add(new TemplateScanner.Output(a.root(), o.line(), o.escaping(), how));
      }
    }
    return out;
  }

  /** The {@code =} of a keyword argument ({@code value=bio}), or -1. */
  private static int keywordSign(String arg) {
    int j = 0;
    while (j < arg.length() && (Character.isLetterOrDigit(arg.charAt(j)) || arg.charAt(j) == '_')) {
      j++;
    }
    int k = j;
    while (k < arg.length() && Character.isWhitespace(arg.charAt(k))) {
      k++;
    }
    boolean keyword = j > 0 && k < arg.length() && arg.charAt(k) == '='
        && (k + 1 >= arg.length() || arg.charAt(k + 1) != '=');
    return keyword ? k : -1;
  }
}
