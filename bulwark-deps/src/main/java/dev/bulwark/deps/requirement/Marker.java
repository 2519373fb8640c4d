package dev.bulwark.deps.requirement;

import dev.bulwark.deps.version.Specifier;
import dev.bulwark.deps.version.Version;
import dev.bulwark.deps.version.VersionSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A PEP 508 environment marker such as {@code python_version < "3.9" and sys_platform == "win32"},
 * parsed once and evaluated against any {@link MarkerEnvironment}.
 *
 * <p>Semantics: on version variables ({@code python_version}, {@code python_full_version},
 * {@code implementation_version}, and {@code platform_release}/{@code platform_version} when they
 * hold versions) comparisons follow PEP 440 when both sides parse, else they fall back to plain
 * string comparison. On string variables {@code ==}/{@code !=} are case-sensitive, {@code in}/{@code
 * not in} test substrings, {@code <=}/{@code >=}/{@code ===} act as {@code ==} and {@code <}/{@code
 * >}/{@code ~=} are false. {@code extra} compares normalised names against the requested extras
 * ({@code ""} when none). {@code and} binds tighter than {@code or}; chained comparisons and unknown
 * variables are syntax errors.
 */
public final class Marker {

  private static final String KIND = "marker";

  private enum Type {
    VERSION,
    VERSION_OR_STRING,
    STRING,
    EXTRA,
    NAME_SET
  }

  private static final Map<String, Type> VARIABLE_TYPES = Map.ofEntries(
      Map.entry("python_version", Type.VERSION),
      Map.entry("python_full_version", Type.VERSION),
      Map.entry("implementation_version", Type.VERSION),
      Map.entry("platform_release", Type.VERSION_OR_STRING),
      Map.entry("platform_version", Type.VERSION_OR_STRING),
      Map.entry("os_name", Type.STRING),
      Map.entry("sys_platform", Type.STRING),
      Map.entry("platform_machine", Type.STRING),
      Map.entry("platform_python_implementation", Type.STRING),
      Map.entry("platform_system", Type.STRING),
      Map.entry("implementation_name", Type.STRING),
      Map.entry("extra", Type.EXTRA),
      Map.entry("extras", Type.NAME_SET),
      Map.entry("dependency_groups", Type.NAME_SET));

  /** Old dotted spellings that tools still accept. */
  private static final Map<String, String> ALIASES = Map.of(
      "os.name", "os_name",
      "sys.platform", "sys_platform",
      "platform.version", "platform_version",
      "platform.machine", "platform_machine",
      "platform.python_implementation", "platform_python_implementation",
      "python_implementation", "platform_python_implementation");

  /** Comparison operators, longest spelling first. */
  private static final String[] OPERATORS = {"===", "<=", ">=", "==", "!=", "~=", "<", ">"};

  private final String text;
  private final Node root;

  private Marker(String text, Node root) {
    this.text = text;
    this.root = root;
  }

  /**
   * Parses a marker expression (the part after {@code ;} in a requirement).
   *
   * @throws RequirementSyntaxException naming the text and the position of the problem
   */
  public static Marker parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Marker(text, new Parser(text).parseAll());
  }

  /** The marker as given to {@link #parse}. */
  public String text() {
    return text;
  }

  /** Whether the marker holds in the environment. */
  public boolean evaluate(MarkerEnvironment environment) {
    return root.evaluate(environment);
  }

  /** The variables the marker mentions (canonical names), e.g. to label a conditional finding. */
  public Set<String> variables() {
    Set<String> names = new TreeSet<>();
    root.collectVariables(names);
    return names;
  }

  /** Maps an alias such as {@code sys.platform} to its PEP 508 name; other names are returned as given. */
  static String canonicalVariable(String name) {
    return ALIASES.getOrDefault(name, name);
  }

  /** A normalised rendering: double-quoted literals, single spaces, parentheses only where needed. */
  @Override
  public String toString() {
    return root.render(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Marker && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  // ---------------------------------------------------------------- tree

  private interface Node {
    boolean evaluate(MarkerEnvironment env);

    void collectVariables(Set<String> names);

    /** @param insideAnd whether the parent is an {@code and}, so an {@code or} needs parentheses */
    String render(boolean insideAnd);
  }

  /**
   * An {@code or} or an {@code and} of terms: both short-circuit, on the first true term for
   * {@code or} and on the first false one for {@code and}.
   */
  private static final class Junction implements Node {
    private final boolean and;
    private final List<Node> terms;

    Junction(boolean and, List<Node> terms) {
      this.and = and;
      this.terms = List.copyOf(terms);
    }

    @Override
    public boolean evaluate(MarkerEnvironment env) {
      for (Node term : terms) {
        if (term.evaluate(env) != and) {
          return !and;
        }
      }
      return and;
    }

    @Override
    public void collectVariables(Set<String> names) {
      terms.forEach(t -> t.collectVariables(names));
    }

    @Override
    public String render(boolean insideAnd) {
      List<String> parts = new ArrayList<>();
      terms.forEach(t -> parts.add(t.render(and)));
      String joined = String.join(and ? " and " : " or ", parts);
      return !and && insideAnd ? "(" + joined + ")" : joined;
    }
  }

  /** A variable (canonical name) or a string literal. */
  private record Operand(boolean variable, String text) {

    Type type() {
      return variable ? VARIABLE_TYPES.get(text) : null;
    }

    String render() {
      if (variable) {
        return text;
      }
      return text.indexOf('"') >= 0 ? "'" + text + "'" : "\"" + text + "\"";
    }
  }

  private static final class Comparison implements Node {
    private final Operand left;
    private final String op;
    private final Operand right;

    Comparison(Operand left, String op, Operand right) {
      this.left = left;
      this.op = op;
      this.right = right;
    }

    @Override
    public void collectVariables(Set<String> names) {
      if (left.variable()) {
        names.add(left.text());
      }
      if (right.variable()) {
        names.add(right.text());
      }
    }

    @Override
    public String render(boolean insideAnd) {
      return left.render() + " " + op + " " + right.render();
    }

    @Override
    public boolean evaluate(MarkerEnvironment env) {
      Type type = strongest(left.type(), right.type());
      if (type == Type.NAME_SET) {
        return evaluateNameSet(env);
      }
      if (type == Type.EXTRA) {
        return evaluateExtra(env);
      }
      String lhs = value(left, env);
      String rhs = value(right, env);
      if (type == Type.STRING) {
        return compareStrings(lhs, op, rhs);
      }
      // version variables, and two literals: PEP 440 when both sides parse, text otherwise
      Optional<Boolean> asVersions = compareVersions(lhs, op, rhs);
      return asVersions.orElseGet(() -> compareAsText(lhs, op, rhs));
    }

    /** {@code "dev" in dependency_groups}: membership by normalised name. */
    private boolean evaluateNameSet(MarkerEnvironment env) {
      Operand set = left.type() == Type.NAME_SET ? left : right;
      Operand other = set == left ? right : left;
      Set<String> names = set.text().equals("extras") ? env.extras() : env.dependencyGroups();
      boolean member = !other.variable() && names.contains(PackageName.canonical(other.text()));
      switch (op) {
        case "in":
          return set == right && member;
        case "not in":
          return set == right && !member;
        default:
          return false;
      }
    }

    /** {@code extra == "x"}: true when some requested extra matches; with none requested, extra is "". */
    private boolean evaluateExtra(MarkerEnvironment env) {
      Set<String> requested = env.extras().isEmpty() ? Set.of("") : env.extras();
      boolean negative = op.equals("!=") || op.equals("not in");
      String positiveOp = op.equals("!=") ? "==" : op.equals("not in") ? "in" : op;
      boolean any = false;
      for (String extra : requested) {
        String lhs = left.variable() ? extra : PackageName.canonical(left.text());
        String rhs = right.variable() ? extra : PackageName.canonical(right.text());
        if (compareStrings(lhs, positiveOp, rhs)) {
          any = true;
          break;
        }
      }
      return negative != any;
    }

    private static String value(Operand operand, MarkerEnvironment env) {
      return operand.variable() ? env.value(operand.text()) : operand.text();
    }

    /** The type that decides the semantics: name sets, then extra, then strings, then versions. */
    private static Type strongest(Type a, Type b) {
      for (Type t : new Type[] {Type.NAME_SET, Type.EXTRA, Type.STRING, Type.VERSION, Type.VERSION_OR_STRING}) {
        if (a == t || b == t) {
          return t;
        }
      }
      return Type.VERSION_OR_STRING;
    }
  }

  private static boolean compareStrings(String lhs, String op, String rhs) {
    switch (op) {
      case "==":
      case "===":
      case "<=":
      case ">=":
        return lhs.equals(rhs);
      case "!=":
        return !lhs.equals(rhs);
      case "in":
        return rhs.contains(lhs);
      case "not in":
        return !rhs.contains(lhs);
      default:
        return false; // < > ~= have no meaning on strings
    }
  }

  /** PEP 440 semantics ({@code lhs} against the specifier {@code op rhs}), empty if either side does not parse. */
  private static Optional<Boolean> compareVersions(String lhs, String op, String rhs) {
    if (op.equals("in") || op.equals("not in")) {
      return Optional.empty();
    }
    Optional<Version> version = Version.tryParse(lhs);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    try {
      // markers admit pre-releases: python_full_version may well be 3.13.0rc1
      return Optional.of(Specifier.parse(op + rhs).contains(version.get(), true));
    } catch (VersionSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Python's own string comparison, the fallback when a version side does not parse. */
  private static boolean compareAsText(String lhs, String op, String rhs) {
    switch (op) {
      case "==":
      case "===":
        return lhs.equals(rhs);
      case "!=":
        return !lhs.equals(rhs);
      case "<":
        return lhs.compareTo(rhs) < 0;
      case "<=":
        return lhs.compareTo(rhs) <= 0;
      case ">":
        return lhs.compareTo(rhs) > 0;
      case ">=":
        return lhs.compareTo(rhs) >= 0;
      case "in":
        return rhs.contains(lhs);
      case "not in":
        return !rhs.contains(lhs);
      default:
        return false; // ~= needs versions
    }
  }

  // ---------------------------------------------------------------- parser

  /** Recursive descent over the marker text: or of ands of comparisons or parenthesised markers. */
  private static final class Parser {
    /** Deeper nesting than any real marker; bounds the recursion on hostile input. */
    private static final int MAX_DEPTH = 64;

    private final String s;
    private int i;
    private int depth;

    Parser(String s) {
      this.s = s;
    }

    Node parseAll() {
      skipSpace();
      if (i == s.length()) {
        throw error("empty marker");
      }
      Node node = or();
      skipSpace();
      if (i < s.length()) {
        if (s.charAt(i) == ')') {
          throw error("unmatched ')'");
        }
        if (operatorAt() != null) {
          throw error("chained comparisons are not allowed");
        }
        throw error("expected 'and', 'or' or the end of the marker");
      }
      return node;
    }

    private Node or() {
      return junction(false, "or", this::and);
    }

    private Node and() {
      return junction(true, "and", this::atom);
    }

    /** One or more {@code term}s separated by {@code keyword}; a single term stands alone. */
    private Node junction(boolean and, String keyword, Supplier<Node> term) {
      List<Node> terms = new ArrayList<>();
      terms.add(term.get());
      while (keyword(keyword)) {
        terms.add(term.get());
      }
      return terms.size() == 1 ? terms.get(0) : new Junction(and, terms);
    }

    private Node atom() {
      skipSpace();
      if (i < s.length() && s.charAt(i) == '(') {
        if (++depth > MAX_DEPTH) {
          throw error("parentheses nested more than " + MAX_DEPTH + " deep");
        }
        i++;
        Node inner = or();
        depth--;
        skipSpace();
        if (i >= s.length() || s.charAt(i) != ')') {
          throw error("expected ')'");
        }
        i++;
        return inner;
      }
      Operand left = operand();
      skipSpace();
      String op = operatorAt();
      if (op == null) {
        throw error("expected a comparison operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)");
      }
      i += op.equals("not in") ? notInLength() : op.length();
      Operand right = operand();
      return new Comparison(left, op, right);
    }

    private Operand operand() {
      skipSpace();
      if (i >= s.length()) {
        throw error("expected a marker variable or a quoted string");
      }
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\'') {
        int close = s.indexOf(ch, i + 1);
        if (close < 0) {
          throw error("unterminated string");
        }
        String literal = s.substring(i + 1, close);
        i = close + 1;
        return new Operand(false, literal);
      }
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
        i++;
      }
      if (i == start) {
        throw error("expected a marker variable or a quoted string");
      }
      String name = canonicalVariable(s.substring(start, i));
      if (!VARIABLE_TYPES.containsKey(name)) {
        i = start;
        throw error("unknown marker variable '" + s.substring(start).split("[^A-Za-z0-9_.]", 2)[0] + "'");
      }
      return new Operand(true, name);
    }

    /** The operator at the cursor (after spaces), without consuming it; {@code "not in"} for not+in. */
    private String operatorAt() {
      for (String op : OPERATORS) {
        if (s.startsWith(op, i)) {
          return op;
        }
      }
      if (wordAt(i, "in")) {
        return "in";
      }
      if (wordAt(i, "not")) {
        int k = i + 3;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
          k++;
        }
        if (k > i + 3 && wordAt(k, "in")) {
          return "not in";
        }
      }
      return null;
    }

    private int notInLength() {
      int k = i + 3;
      while (Character.isWhitespace(s.charAt(k))) {
        k++;
      }
      return k + 2 - i;
    }

    private boolean keyword(String word) {
      int save = i;
      skipSpace();
      if (wordAt(i, word)) {
        i += word.length();
        return true;
      }
      i = save;
      return false;
    }

    /** A whole word at index k: not followed by a name character. */
    private boolean wordAt(int k, String word) {
      if (!s.startsWith(word, k)) {
        return false;
      }
      int end = k + word.length();
      return end == s.length() || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.');
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private RequirementSyntaxException error(String problem) {
      return new RequirementSyntaxException(KIND, s, i, problem);
    }
  }
}
