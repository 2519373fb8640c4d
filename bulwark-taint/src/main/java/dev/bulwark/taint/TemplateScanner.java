package dev.bulwark.taint;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small reader of Jinja2 and Django template syntax that tells which context variables a template
 * prints and whether each output is escaped. It reads {@code {{ ... }}} outputs with their filters,
 * {@code {% autoescape %}} and {@code {% filter %}} blocks, {@code for} loops (a loop variable stands
 * for its iterable's root name), names bound by {@code set} and {@code with} ({@link TemplateNames}),
 * macros defined and called in the same template ({@link TemplateMacros}), calls of macros imported
 * from another one ({@code from ... import}, {@code import ... as}, also in a {@code call} tag), left for
 * {@link TemplateIndex} to resolve, {@code extends}/{@code include}/{@code import} of constant names,
 * the blocks and includes inside {@code autoescape off} (for Django's inheritance of it), and
 * skips comments and {@code raw}/{@code verbatim}/{@code comment} blocks. One pass, no backtracking;
 * junk (unclosed tags, unknown tags, stray end tags) is skipped, never an error.
 */
public final class TemplateScanner {
  private TemplateScanner() {}

  /** How an output is escaped, apart from the engine's default. */
  public enum Escaping {
    /** Explicitly escaped ({@code |e}, {@code |escape}, {@code autoescape true} around it). */
    ESCAPED,
    /** Explicitly unescaped ({@code |safe}, {@code autoescape false}, {@code filter safe}). */
    UNESCAPED,
    /** Whatever the engine does by default. */
    DEFAULT
  }

  /**
   * One {@code {{ ... }}} output of a context variable.
   *
   * @param name the root name of the printed expression ({@code user} for {@code user.bio|safe})
   * @param line 1-based line of the output
   * @param escaping how it is escaped
   * @param how why it is unescaped, for a message ({@code with |safe}); empty otherwise
   */
  public record Output(String name, int line, Escaping escaping, String how) {}

  /**
   * What a template prints and which other templates it pulls in.
   *
   * @param outputs the outputs of context variables
   * @param references the templates it extends, includes or imports
   * @param parent the template it extends, or null
   * @param macros the macros it defines, by name, for templates that import them
   * @param importedCalls its calls of macros imported from other templates
   * @param blockOutputs the outputs that say nothing of escaping, by the innermost block holding them
   * @param unescapedBlocks the blocks it opens inside an {@code autoescape off} region
   * @param unescapedIncludes the templates it includes inside an {@code autoescape off} region
   */
  public record Syntax(List<Output> outputs, List<String> references, String parent,
      Map<String, TemplateMacros.Macro> macros, List<TemplateMacros.ImportedCall> importedCalls,
      Map<String, List<Output>> blockOutputs, Set<String> unescapedBlocks, Set<String> unescapedIncludes) {
    public Syntax {
      outputs = List.copyOf(outputs);
      references = List.copyOf(references);
      macros = Map.copyOf(macros);
      importedCalls = List.copyOf(importedCalls);
      blockOutputs = Map.copyOf(blockOutputs);
      unescapedBlocks = Set.copyOf(unescapedBlocks);
      unescapedIncludes = Set.copyOf(unescapedIncludes);
    }

    /** A template that only prints {@code outputs} and pulls in {@code references}. */
    public Syntax(List<Output> outputs, List<String> references) {
      this(outputs, references, null, Map.of(), List.of(), Map.of(), Set.of(), Set.of());
    }
  }

  /** What one pass collects besides the outputs, turned into a {@link Syntax} at the end. */
  private static final class Reading {
    final List<Output> outputs = new ArrayList<>();
    final List<String> references = new ArrayList<>();
    String parent;
    final List<TemplateMacros.ImportedCall> importedCalls = new ArrayList<>();
    final Map<String, List<Output>> blockOutputs = new HashMap<>();
    final Set<String> unescapedBlocks = new HashSet<>();
    final Set<String> unescapedIncludes = new HashSet<>();
    /** The open blocks, innermost first. */
    final Deque<String> blocks = new ArrayDeque<>();
    /** Local names of macros imported one by one: name to {template, macro}. */
    final Map<String, String[]> importedMacros = new HashMap<>();
    /** Names of imported templates ({@code import "forms.html" as forms}): name to template. */
    final Map<String, String> namespaces = new HashMap<>();

    Syntax syntax(TemplateMacros macros) {
      return new Syntax(outputs, references, parent, macros.defined(), importedCalls, blockOutputs,
          unescapedBlocks, unescapedIncludes);
    }
  }

  private static final Set<String> ESCAPING_FILTERS = Set.of("e", "escape", "forceescape", "force_escape",
      "tojson", "urlencode", "length", "count", "int", "float", "escapejs", "json_script", "wordcount", "filesizeformat");
  private static final Set<String> SAFE_FILTERS = Set.of("safe", "safeseq");

  /** Reads {@code text}. */
  public static Syntax scan(String text) {
    Reading r = new Reading();
    List<Output> outputs = r.outputs;
    // the innermost autoescape/filter block decides: true = escaped, false = unescaped
    Deque<Boolean> escapeBlocks = new ArrayDeque<>();
    Deque<String> blockKinds = new ArrayDeque<>();
    TemplateNames names = new TemplateNames();
    TemplateMacros macros = new TemplateMacros();
    int i = 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      int open = text.indexOf('{', i);
      if (open < 0 || open + 1 >= n) {
        break;
      }
      line += count(text, i, open);
      char kind = text.charAt(open + 1);
      if (kind != '{' && kind != '%' && kind != '#') {
        i = open + 1;
        continue;
      }
      String close = kind == '{' ? "}}" : kind == '%' ? "%}" : "#}";
      int end = text.indexOf(close, open + 2);
      if (end < 0) {
        break; // unclosed: the rest cannot be read
      }
      String inner = strip(text.substring(open + 2, end));
      int here = line;
      line += count(text, open, end);
      i = end + 2;
      if (kind == '{') {
        output(inner, here, escapeBlocks, names, macros, r);
      } else if (kind == '%') {
        // the tag is the leading word: {% call(row) grid(rows) %} is a call tag
        int word = 0;
        while (word < inner.length() && (Character.isLetterOrDigit(inner.charAt(word)) || inner.charAt(word) == '_')) {
          word++;
        }
        String tag = inner.substring(0, word).toLowerCase(Locale.ROOT);
        String rest = inner.substring(word).strip();
        switch (tag) {
          case "raw", "verbatim", "comment" -> {
            int stop = text.indexOf("end" + tag, i);
            if (stop < 0) {
              return r.syntax(macros);
            }
            int after = text.indexOf("%}", stop);
            line += count(text, i, after < 0 ? n : after);
            i = after < 0 ? n : after + 2;
          }
          case "autoescape" -> {
            String v = rest.toLowerCase(Locale.ROOT);
            escapeBlocks.push(!(v.startsWith("false") || v.startsWith("off")));
            blockKinds.push("autoescape");
          }
          case "filter" -> {
            boolean safe = false;
            for (String f : rest.split("\\|")) {
              safe |= SAFE_FILTERS.contains(filterName(f));
            }
            if (safe) {
              escapeBlocks.push(false);
              blockKinds.push("filter");
            }
          }
          case "endautoescape", "endfilter" -> {
            if (!blockKinds.isEmpty() && blockKinds.peek().equals(tag.substring(3))) {
              blockKinds.pop();
              escapeBlocks.pop();
            }
          }
          case "for" -> {
            int in = rest.indexOf(" in ");
            String root = in > 0 ? rootName(rest.substring(in + 4).strip(), names) : null;
            names.open("for"); // a loop's variables, and names it sets, end with it
            if (in > 0) {
              for (String v : rest.substring(0, in).split(",")) {
                String var = v.strip();
                if (!var.isEmpty() && root != null) {
                  names.loop(var, root);
                }
              }
            }
          }
          case "endfor" -> names.close("for");
          case "set" -> names.set(rest);
          case "macro" -> {
            macros.open(rest);
            names.open("macro");
          }
          case "endmacro" -> {
            macros.close();
            names.close("macro");
          }
          case "with" -> names.with(rest);
          case "endwith" -> names.close("with");
          case "block" -> {
            String block = leadingName(rest);
            if (block != null && !escapeBlocks.isEmpty() && !escapeBlocks.peek()) {
              r.unescapedBlocks.add(block);
            }
            r.blocks.push(block == null ? "" : block);
            names.open("block"); // a block is a scope: what it sets does not outlive it
          }
          case "endblock" -> {
            r.blocks.poll();
            names.close("block");
          }
          case "call" -> {
            // {% call(args) macro(x) %}: the macro's call prints as an output would; its body is a scope
            String call = rest.startsWith("(")
                ? rest.substring(Math.min(rest.length(), TemplateExpressions.closing(rest, 0) + 1)).strip() : rest;
            callOnly(call, here, escapeBlocks, names, macros, r);
            names.open("call");
          }
          case "endcall" -> names.close("call");
          case "extends", "include", "import", "from" -> reference(tag, rest, escapeBlocks, r);
          default -> {
            // other tags neither print nor change escaping
          }
        }
      }
    }
    return r.syntax(macros);
  }

  /** {@code extends}, {@code include}, {@code import} or {@code from} with the tag's text after it. */
  private static void reference(String tag, String rest, Deque<Boolean> escapeBlocks, Reading r) {
    String ref = quoted(rest);
    if (ref == null) {
      return;
    }
    r.references.add(ref);
    String after = rest.strip().substring(ref.length() + 2).strip();
    switch (tag) {
      case "extends" -> r.parent = ref;
      case "include" -> {
        if (!escapeBlocks.isEmpty() && !escapeBlocks.peek()) {
          r.unescapedIncludes.add(ref);
        }
      }
      case "import" -> {
        String[] words = after.split("\\s+");
        if (words.length >= 2 && words[0].equals("as")) {
          r.namespaces.put(words[1], ref);
        }
      }
      case "from" -> {
        if (after.startsWith("import ")) {
          for (String item : after.substring(7).replaceAll("\\s+with(out)?\\s+context\\s*$", "").split(",")) {
            String[] words = item.strip().split("\\s+");
            if (words.length == 1 || words.length == 3 && words[1].equals("as")) {
              r.importedMacros.put(words[words.length - 1], new String[] {ref, words[0]});
            }
          }
        }
      }
      default -> {
        // extends and include are followed as references only
      }
    }
  }

  /**
   * A call of a macro imported from another template ({@code field(x)} imported with {@code from},
   * {@code forms.field(x)} through {@code import ... as forms}), or null.
   */
  private static TemplateMacros.ImportedCall importedCall(String printed, String expr, TemplateNames names, Reading r) {
    String s = expr.strip().substring(printed.length()).stripLeading();
    String[] target = r.importedMacros.get(printed);
    if (target != null && s.startsWith("(")) {
      return new TemplateMacros.ImportedCall(target[0], target[1], TemplateMacros.arguments(s, names));
    }
    String template = r.namespaces.get(printed);
    if (template != null && s.startsWith(".")) {
      String macro = leadingName(s.substring(1));
      if (macro != null && s.substring(1 + macro.length()).stripLeading().startsWith("(")) {
        return new TemplateMacros.ImportedCall(template, macro, TemplateMacros.arguments(s.substring(1 + macro.length()), names));
      }
    }
    return null;
  }

  /** The macro call of a {@code call} tag: what the macro prints; nothing when it is not a known or imported macro. */
  private static void callOnly(String expr, int line, Deque<Boolean> escapeBlocks, TemplateNames names,
      TemplateMacros macros, Reading r) {
    String printed = leadingName(expr);
    if (printed != null && (macros.call(printed, expr, names) != null || importedCall(printed, expr, names, r) != null)) {
      output(expr, line, escapeBlocks, names, macros, r);
    }
  }

  private static void output(String expr, int line, Deque<Boolean> escapeBlocks, TemplateNames names,
      TemplateMacros macros, Reading r) {
    List<Output> out = r.outputs;
    String printed = leadingName(expr);
    if (printed == null) {
      return;
    }
    List<Output> called = macros.call(printed, expr, names);
    if (called != null) {
      out.addAll(called); // a macro's call prints its arguments as the macro's body prints its parameters
      return;
    }
    TemplateMacros.ImportedCall imported = importedCall(printed, expr, names, r);
    if (imported != null) {
      r.importedCalls.add(imported); // resolved against the other template's macros by TemplateIndex
      return;
    }
    String name = rootName(expr, names);
    if (name == null) {
      return;
    }
    boolean escaped = false;
    // a name bound to a value marked safe ({% set x = y|safe %}) prints it unescaped
    boolean safe = names.safe(printed);
    for (String part : splitFilters(expr)) {
      String f = filterName(part);
      escaped |= ESCAPING_FILTERS.contains(f);
      safe |= SAFE_FILTERS.contains(f);
    }
    Output o;
    if (escaped) {
      o = new Output(name, line, Escaping.ESCAPED, "");
    } else if (safe) {
      o = new Output(name, line, Escaping.UNESCAPED, "with |safe");
    } else if (!escapeBlocks.isEmpty()) {
      o = escapeBlocks.peek() ? new Output(name, line, Escaping.ESCAPED, "")
          : new Output(name, line, Escaping.UNESCAPED, "with autoescape off");
    } else {
      o = new Output(name, line, Escaping.DEFAULT, "");
    }
    if (!macros.keep(printed, o)) {
      out.add(o);
      if (o.escaping() == Escaping.DEFAULT && !r.blocks.isEmpty()) {
        r.blockOutputs.computeIfAbsent(r.blocks.peek(), b -> new ArrayList<>()).add(o);
      }
    }
  }

  /** The filters of an output, the printed expression left out; quotes and brackets are respected. */
  private static List<String> splitFilters(String expr) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = -1;
    for (int i = 0; i < expr.length(); i++) {
      char ch = expr.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '(' || ch == '[') {
        depth++;
      } else if ((ch == ')' || ch == ']') && depth > 0) {
        depth--;
      } else if (ch == '|' && depth == 0) {
        if (start >= 0) {
          parts.add(expr.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (start >= 0) {
      parts.add(expr.substring(start));
    }
    return parts;
  }

  private static String filterName(String f) {
    String s = f.strip();
    int j = 0;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return s.substring(0, j);
  }

  /**
   * The context variable an expression prints: its leading identifier, through the names the template
   * binds; null for literals, junk, and names bound to escaped values.
   */
  static String rootName(String expr, TemplateNames names) {
    String name = leadingName(expr);
    return name == null ? null : names.root(name);
  }

  private static String leadingName(String expr) {
    String s = expr.strip();
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return null;
    }
    int j = 0;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return s.substring(0, j);
  }

  /** The filter names applied to an expression ({@code upper}, {@code safe} for {@code x|upper|safe}). */
  static List<String> filtersOf(String expr) {
    List<String> out = new ArrayList<>();
    for (String part : splitFilters(expr)) {
      out.add(filterName(part));
    }
    return out;
  }

  /** Whether the filter {@code f} escapes (or turns the value into something that cannot carry markup). */
  static boolean escapes(String f) {
    return ESCAPING_FILTERS.contains(f);
  }

  /** Whether the filter {@code f} marks its value safe. */
  static boolean marksSafe(String f) {
    return SAFE_FILTERS.contains(f);
  }

  private static String quoted(String s) {
    String t = s.strip();
    if (t.length() < 2 || (t.charAt(0) != '"' && t.charAt(0) != '\'')) {
      return null;
    }
    int end = t.indexOf(t.charAt(0), 1);
    return end < 0 ? null : t.substring(1, end);
  }

  /** The tag's content without Jinja's whitespace-control marks. */
  private static String strip(String s) {
    String t = s.strip();
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    if (t.endsWith("-") || t.endsWith("+")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }

  private static int count(String text, int from, int to) {
    int c = 0;
    for (int k = from; k < to && k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        c++;
      }
    }
    return c;
  }
}
