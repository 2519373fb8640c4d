package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A string built by an f-string, {@code %}, {@code str.format} or {@code +}, seen as its constant
 * text with a marker wherever a run-time value goes in. Injection rules read the text to decide what
 * kind of language it is (SQL, an LDAP filter, a shell command) and the markers to decide whether
 * anything from outside can reach it.
 *
 * <p>Values that cannot carry syntax are marked {@link #SAFE} rather than {@link #HOLE}: numbers
 * forced by a conversion ({@code %d}, {@code {:d}}), calls such as {@code int(x)}, and whatever the
 * caller's {@link SafeValues} accepts (an escaping function, a list of placeholders).
 */
final class StringTemplate {

  /** Marks a value computed at run time that may carry syntax. */
  static final char HOLE = '\u0001';
  /** Marks a value computed at run time that cannot carry syntax. */
  static final char SAFE = '\u0002';

  /** Which computed values a rule trusts, beyond the numeric conversions every rule trusts. */
  interface SafeValues {
    boolean isSafe(Expr value, SemanticModel model, Scope scope);
  }

  /** How deep nested formatting and concatenation are read (a long {@code +} chain is as deep as it is long). */
  private static final int MAX_DEPTH = 64;
  /** Names are read through only near the top, so that names built from names cannot multiply the work. */
  private static final int MAX_NAME_DEPTH = 4;

  /** Conversion types that turn any value into a number (or fail): {@code %d}, {@code {:.2f}}. */
  private static final String NUMERIC_TYPES = "bdeEfFgGnoxX%";
  private static final List<String> NUMERIC_FUNCTIONS = List.of("builtins.int", "builtins.float", "builtins.len",
      "builtins.bool", "builtins.abs", "builtins.round");

  private final String text;
  private final boolean formatted;
  private final Set<Expr> structure;

  private StringTemplate(String text, boolean formatted, Set<Expr> structure) {
    this.text = text;
    this.formatted = formatted;
    this.structure = Collections.unmodifiableSet(structure);
  }

  /**
   * Reads a string expression. Empty when the expression is neither a constant string nor built by
   * formatting or concatenation (a plain call, an unknown name).
   *
   * @param followNames whether a name bound once to a formatted string is read through
   */
  static Optional<StringTemplate> of(Expr e, SemanticModel model, Scope scope, SafeValues safe, boolean followNames) {
    Builder b = new Builder(model, safe, followNames);
    if (model.constantString(e, scope).isEmpty() && !b.isBuilding(e, scope, 0)) {
      return Optional.empty();
    }
    b.append(e, scope, 0);
    return Optional.of(new StringTemplate(b.text.toString(), b.formatted, b.structure));
  }

  /** Reads a string expression in the rule's current scope, trusting no value beyond the numeric conversions. */
  static Optional<StringTemplate> of(Expr e, RuleContext context, boolean followNames) {
    return of(e, context.model(), context.scope(), (value, model, scope) -> false, followNames);
  }

  /** The constant text, with {@link #HOLE} and {@link #SAFE} where values go in. */
  String text() {
    return text;
  }

  /** Whether some part of the string is computed at run time and not known to be harmless. */
  boolean hasHoles() {
    return text.indexOf(HOLE) >= 0;
  }

  /** Whether the string is built by formatting or concatenation rather than written as one literal. */
  boolean formatted() {
    return formatted;
  }

  /** Whether formatting or concatenation put in a value that may carry syntax. */
  boolean injectable() {
    return formatted && hasHoles();
  }

  /** The text before the first computed part. */
  String leadingText() {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == HOLE || text.charAt(i) == SAFE) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** The f-strings, operators and format calls read into this template (walkers must not read them twice). */
  Set<Expr> structure() {
    return structure;
  }

  /** Whether a value is a number whatever its input: {@code int(x)}, {@code len(x)}. */
  static boolean isNumeric(Expr e, SemanticModel model, Scope scope) {
    if (e instanceof Expr.Call c) {
      return model.qualifiedName(c.func(), scope).map(NUMERIC_FUNCTIONS::contains).orElse(false);
    }
    Optional<PyConstant> value = model.constant(e, scope);
    return value.isPresent() && !(value.get() instanceof PyConstant.PyStr)
        && !(value.get() instanceof PyConstant.PyBytes);
  }

  /** Builds the text in one pass; one builder per template. */
  private static final class Builder {
    private final SemanticModel model;
    private final SafeValues safe;
    private final boolean followNames;
    private final StringBuilder text = new StringBuilder();
    private final Set<Expr> structure = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean formatted;

    Builder(SemanticModel model, SafeValues safe, boolean followNames) {
      this.model = model;
      this.safe = safe;
      this.followNames = followNames;
    }

    /** Whether an expression builds a string from parts (possibly behind a name, when names are followed). */
    boolean isBuilding(Expr e, Scope scope, int depth) {
      if (e instanceof Expr.JoinedStr) {
        return true;
      }
      if (e instanceof Expr.BinOp b && b.op() == Operator.Add) {
        return hasStringPart(b.left(), scope, depth + 1) || hasStringPart(b.right(), scope, depth + 1);
      }
      if (e instanceof Expr.BinOp b && b.op() == Operator.Mod) {
        return model.constantString(b.left(), scope).isPresent();
      }
      if (formatReceiver(e, scope) != null) {
        return true;
      }
      if (followNames && e instanceof Expr.Name n && depth < MAX_NAME_DEPTH) {
        Optional<Values.Bound> bound = Values.singleAssignment(n, model, scope);
        return bound.isPresent() && isBuilding(bound.get().expr(), bound.get().scope(), depth + 1);
      }
      return false;
    }

    /** Whether one side of a {@code +} is a string: a constant one, or one built from parts. */
    private boolean hasStringPart(Expr e, Scope scope, int depth) {
      return depth < MAX_DEPTH && (model.constantString(e, scope).isPresent() || isBuilding(e, scope, depth));
    }

    /** The format string of {@code "...".format(...)}, or null when {@code e} is no such call. */
    String formatReceiver(Expr e, Scope scope) {
      if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("format")) {
        return model.constantString(a.value(), scope).orElse(null);
      }
      return null;
    }

    void append(Expr e, Scope scope, int depth) {
      Optional<PyConstant> constant = model.constant(e, scope);
      if (constant.isPresent()) {
        appendConstant(constant.get());
        return;
      }
      if (depth > MAX_DEPTH) {
        hole(e, scope);
        return;
      }
      if (e instanceof Expr.JoinedStr j) {
        structure.add(j);
        formatted = true;
        for (Expr part : j.values()) {
          if (part instanceof Expr.FormattedValue f) {
            formattedValue(f, scope, depth);
          } else {
            append(part, scope, depth + 1);
          }
        }
      } else if (e instanceof Expr.BinOp b && b.op() == Operator.Add && isBuilding(b, scope, depth)) {
        structure.add(b);
        formatted = true;
        append(b.left(), scope, depth + 1);
        append(b.right(), scope, depth + 1);
      } else if (e instanceof Expr.BinOp b && b.op() == Operator.Mod && isBuilding(b, scope, depth)) {
        structure.add(b);
        formatted = true;
        percent(model.constantString(b.left(), scope).orElseThrow(), b.right(), scope, depth);
      } else if (formatReceiver(e, scope) != null) {
        Expr.Call call = (Expr.Call) e;
        structure.add(call);
        formatted = true;
        braces(formatReceiver(e, scope), call, scope, depth);
      } else if (followNames && e instanceof Expr.Name n && isBuilding(n, scope, depth)) {
        Values.Bound bound = Values.singleAssignment(n, model, scope).orElseThrow();
        append(bound.expr(), bound.scope(), depth + 1);
      } else {
        hole(e, scope);
      }
    }

    private void appendConstant(PyConstant c) {
      if (c instanceof PyConstant.PyStr s) {
        text.append(s.value());
      } else if (c instanceof PyConstant.PyInt || c instanceof PyConstant.PyBool || c instanceof PyConstant.PyNone) {
        text.append(c.repr());
      } else {
        text.append(SAFE);
      }
    }

    private void hole(Expr e, Scope scope) {
      if (isNumeric(e, model, scope) || safe.isSafe(e, model, scope)) {
        text.append(SAFE);
      } else {
        text.append(HOLE);
      }
    }

    /** A value whose spec forces a number is harmless; a conversion such as {@code !r} still carries the text. */
    private void formattedValue(Expr.FormattedValue f, Scope scope, int depth) {
      String spec = f.formatSpec() == null ? "" : model.constantString(f.formatSpec(), scope).orElse(null);
      if (spec != null && isNumericSpec(spec)) {
        text.append(SAFE);
      } else if (f.conversion() == -1 || f.conversion() == 's') {
        append(f.value(), scope, depth + 1);
      } else {
        hole(f.value(), scope);
      }
    }

    private static boolean isNumericSpec(String spec) {
      return !spec.isEmpty() && NUMERIC_TYPES.indexOf(spec.charAt(spec.length() - 1)) >= 0;
    }

    /** printf-style {@code %}: each conversion takes the next value, or a named one from a dict display. */
    private void percent(String format, Expr right, Scope scope, int depth) {
      List<Expr> items = right instanceof Expr.Tuple t ? t.elts() : null;
      int next = 0;
      int i = 0;
      while (i < format.length()) {
        char c = format.charAt(i++);
        if (c != '%') {
          text.append(c);
          continue;
        }
        String key = null;
        if (i < format.length() && format.charAt(i) == '(') {
          int close = format.indexOf(')', i);
          if (close < 0) {
            hole(right, scope);
            return;
          }
          key = format.substring(i + 1, close);
          i = close + 1;
        }
        while (i < format.length() && "-+ #0123456789.*hlL".indexOf(format.charAt(i)) >= 0) {
          if (format.charAt(i) == '*') {
            next++;
          }
          i++;
        }
        if (i >= format.length()) {
          return;
        }
        char type = format.charAt(i++);
        if (type == '%') {
          text.append('%');
          continue;
        }
        Expr value;
        if (key != null) {
          value = dictValue(right, key, scope);
        } else if (items != null) {
          value = next < items.size() ? items.get(next) : null;
          next++;
        } else {
          value = next++ == 0 ? right : null;
        }
        if (NUMERIC_TYPES.indexOf(type) >= 0) {
          text.append(SAFE);
        } else if (value == null) {
          text.append(HOLE);
        } else if (type == 's') {
          append(value, scope, depth + 1);
        } else {
          hole(value, scope);
        }
      }
    }

    private Expr dictValue(Expr mapping, String key, Scope scope) {
      if (mapping instanceof Expr.Dict d) {
        for (int k = 0; k < d.keys().size(); k++) {
          Expr keyExpr = d.keys().get(k);
          if (keyExpr != null && model.constantString(keyExpr, scope).map(key::equals).orElse(false)) {
            return d.values().get(k);
          }
        }
      }
      return null;
    }

    /** {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, with conversions, specs and {@code {{ }}}. */
    private void braces(String format, Expr.Call call, Scope scope, int depth) {
      int auto = 0;
      int i = 0;
      while (i < format.length()) {
        char c = format.charAt(i);
        if ((c == '{' || c == '}') && i + 1 < format.length() && format.charAt(i + 1) == c) {
          text.append(c);
          i += 2;
          continue;
        }
        if (c != '{') {
          text.append(c);
          i++;
          continue;
        }
        int close = closingBrace(format, i);
        if (close < 0) {
          text.append(HOLE);
          return;
        }
        String field = format.substring(i + 1, close);
        i = close + 1;
        String spec = "";
        int colon = field.indexOf(':');
        if (colon >= 0) {
          spec = field.substring(colon + 1);
          field = field.substring(0, colon);
        }
        boolean converted = false;
        int bang = field.indexOf('!');
        if (bang >= 0) {
          converted = !field.substring(bang + 1).equals("s");
          field = field.substring(0, bang);
        }
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
          end++;
        }
        String name = field.substring(0, end);
        boolean member = end < field.length();
        Expr value;
        if (name.isEmpty()) {
          value = positional(call, auto++);
        } else if (name.chars().allMatch(Character::isDigit)) {
          value = positional(call, Integer.parseInt(name.length() > 4 ? "9999" : name));
        } else {
          value = keyword(call, name);
        }
        if (isNumericSpec(spec)) {
          text.append(SAFE);
        } else if (value == null) {
          text.append(HOLE);
        } else if (converted || member || spec.contains("{")) {
          hole(value, scope);
        } else {
          append(value, scope, depth + 1);
        }
      }
    }

    private static int closingBrace(String format, int open) {
      int nesting = 0;
      for (int i = open; i < format.length(); i++) {
        if (format.charAt(i) == '{') {
          nesting++;
        } else if (format.charAt(i) == '}' && --nesting == 0) {
          return i;
        }
      }
      return -1;
    }

    private static Expr positional(Expr.Call call, int index) {
      for (int k = 0; k < call.args().size() && k <= index; k++) {
        if (call.args().get(k) instanceof Expr.Starred) {
          return null;
        }
        if (k == index) {
          return call.args().get(k);
        }
      }
      return null;
    }

    private static Expr keyword(Expr.Call call, String name) {
      for (Keyword k : call.keywords()) {
        if (name.equals(k.arg())) {
          return k.value();
        }
      }
      return null;
    }
  }
}
