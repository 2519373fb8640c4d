package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.ScopedWalker;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The walk of {@link SqlStringFormattingRule} over one module. It keeps its own scope, as the
 * engine's walk does, and remembers which operators and f-strings it has already read as part of a
 * larger string, so that each string is judged once, as a whole. One walker per file.
 */
final class SqlWalker extends ScopedWalker {

  private static final Set<String> SINK_METHODS = Set.of("execute", "executemany", "executescript", "raw");
  private static final List<String> SINK_FUNCTIONS = List.of("sqlalchemy.text", "sqlalchemy.sql.text",
      "sqlalchemy.sql.expression.text", "pandas.read_sql", "pandas.read_sql_query", "pandas.io.sql.read_sql",
      "pandas.io.sql.read_sql_query");
  private static final List<String> SQL_KEYWORDS = List.of("sql", "query", "operation", "statement", "raw_query",
      "text");
  /** Methods that quote an identifier for the database at hand (Django, psycopg, SQLAlchemy). */
  private static final Set<String> QUOTING_METHODS = Set.of("quote_name", "quote_ident", "quote_identifier");

  private final RuleContext context;
  private final Set<Expr> read = Collections.newSetFromMap(new IdentityHashMap<>());

  SqlWalker(RuleContext context) {
    super(context.model(), context.model().moduleScope());
    this.context = context;
  }

  @Override
  public void visitCall(Expr.Call call) {
    Optional<Expr> sql = sinkArgument(call);
    if (sql.isPresent()) {
      if (sql.get() instanceof Expr.Name name) {
        checkNamedQuery(call, name);
      } else {
        examine(sql.get(), true);
      }
    }
    if (call.func() instanceof Expr.Attribute a && a.attr().equals("format")) {
      examine(call, false);
    }
    super.visitCall(call);
  }

  @Override
  public void visitBinOp(Expr.BinOp node) {
    if (node.op() == Operator.Add || node.op() == Operator.Mod) {
      examine(node, false);
    }
    super.visitBinOp(node);
  }

  @Override
  public void visitJoinedStr(Expr.JoinedStr node) {
    examine(node, false);
    super.visitJoinedStr(node);
  }

  private void examine(Expr e, boolean sink) {
    if (read.contains(e)) {
      return;
    }
    Optional<StringTemplate> template = StringTemplate.of(e, model, scope, SqlWalker::isHarmless, false);
    if (template.isEmpty()) {
      // Formatting whose pieces are all unknown ("self.QUERY % owner") still builds the statement a sink
      // runs; an unknown template filled only with constants ("self.QUERY % 'sum'") adds nothing new.
      if (sink && isFormatting(e) && !fillsInOnlyConstants(e)) {
        read.add(e);
        SqlStringFormattingRule.report(context, e, how(e), true, false);
      }
      return;
    }
    read.addAll(template.get().structure());
    read.add(e);
    if (!template.get().injectable()) {
      return;
    }
    boolean shape = SqlShape.startsStatement(template.get().text());
    if (shape || sink) {
      SqlStringFormattingRule.report(context, e, how(e), sink, shape);
    }
  }

  /**
   * {@code cursor.execute(query)} with {@code query} assigned once: reported here only when the
   * assignment itself was not, because its text did not look like SQL on its own.
   */
  private void checkNamedQuery(Expr.Call call, Expr.Name name) {
    Optional<Values.Bound> bound = Values.singleAssignment(name, model, scope);
    if (bound.isEmpty()) {
      return;
    }
    Optional<StringTemplate> template =
        StringTemplate.of(bound.get().expr(), model, bound.get().scope(), SqlWalker::isHarmless, false);
    if (template.isPresent() && template.get().injectable() && !SqlShape.startsStatement(template.get().text())) {
      SqlStringFormattingRule.report(context, call, how(bound.get().expr()), true, false);
    }
  }

  private Optional<Expr> sinkArgument(Expr.Call call) {
    boolean sink = call.func() instanceof Expr.Attribute a && SINK_METHODS.contains(a.attr())
        || model.qualifiedName(call.func(), scope).map(SINK_FUNCTIONS::contains).orElse(false);
    if (!sink) {
      return Optional.empty();
    }
    if (!call.args().isEmpty()) {
      Expr first = call.args().get(0);
      return first instanceof Expr.Starred ? Optional.empty() : Optional.of(first);
    }
    for (String keyword : SQL_KEYWORDS) {
      Optional<Expr> value = CallArguments.keyword(call, keyword);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** Whether every value that {@code %} or {@code str.format} puts into the template is a constant. */
  private boolean fillsInOnlyConstants(Expr e) {
    if (e instanceof Expr.BinOp b && b.op() == Operator.Mod) {
      return Values.isConstantCommand(b.right(), model, scope);
    }
    if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("format")) {
      for (Expr arg : c.args()) {
        if (arg instanceof Expr.Starred || model.constant(arg, scope).isEmpty()) {
          return false;
        }
      }
      for (Keyword k : c.keywords()) {
        if (k.arg() == null || model.constant(k.value(), scope).isEmpty()) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isFormatting(Expr e) {
    return e instanceof Expr.JoinedStr
        || e instanceof Expr.BinOp b && (b.op() == Operator.Mod || b.op() == Operator.Add)
        || e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("format");
  }

  private static String how(Located e) {
    if (e instanceof Expr.JoinedStr) {
      return "an f-string";
    }
    if (e instanceof Expr.BinOp b && b.op() == Operator.Mod) {
      return "% formatting";
    }
    if (e instanceof Expr.BinOp) {
      return "concatenation";
    }
    return "str.format";
  }

  /**
   * Values that cannot change a statement's shape: quoted identifiers, and lists of placeholders
   * joined together ({@code ", ".join(["%s"] * len(ids))}, {@code ",".join("?" for _ in ids)}).
   */
  static boolean isHarmless(Expr value, SemanticModel model, Scope scope) {
    if (!(value instanceof Expr.Call call) || !(call.func() instanceof Expr.Attribute a)) {
      return false;
    }
    if (QUOTING_METHODS.contains(a.attr())) {
      return true;
    }
    if (!a.attr().equals("join") || model.constantString(a.value(), scope).isEmpty() || call.args().size() != 1) {
      return false;
    }
    return isConstantPieces(call.args().get(0), model, scope);
  }

  /** A sequence whose every item is fixed text: a constant list, a repetition of one, a comprehension of one. */
  private static boolean isConstantPieces(Expr e, SemanticModel model, Scope scope) {
    if (Values.isConstantCommand(e, model, scope)) {
      return true;
    }
    if (e instanceof Expr.BinOp b && b.op() == Operator.Mult) {
      return isRepeatable(b.left(), model, scope) || isRepeatable(b.right(), model, scope);
    }
    if (e instanceof Expr.GeneratorExp g) {
      return model.constant(g.elt(), scope).isPresent();
    }
    if (e instanceof Expr.ListComp l) {
      return model.constant(l.elt(), scope).isPresent();
    }
    return false;
  }

  /** The sequence side of {@code ["?"] * n} or {@code "?" * n}: fixed text, not the count. */
  private static boolean isRepeatable(Expr e, SemanticModel model, Scope scope) {
    return model.constantString(e, scope).isPresent()
        || Values.elements(e) != null && Values.isConstantCommand(e, model, scope);
  }
}
