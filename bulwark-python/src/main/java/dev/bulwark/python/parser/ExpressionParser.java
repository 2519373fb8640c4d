package dev.bulwark.python.parser;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Arguments;
import dev.bulwark.python.ast.BoolOperator;
import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Comprehension;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, following the precedence levels of CPython's grammar (python.gram): each level is
 * one method, and left-associative levels are loops, so long chains such as {@code a + b + c + ...}
 * cost no stack.
 */
abstract class ExpressionParser extends ParserBase {

  private static final List<Expr> NO_EXPRS = List.of();

  ExpressionParser(char[] src, Tokens tokens) {
    super(src, tokens);
  }

  static <T> List<T> list() {
    return new ArrayList<>(4);
  }

  static <T> List<T> list(T first) {
    List<T> l = new ArrayList<>(4);
    l.add(first);
    return l;
  }

  // ---------------------------------------------------------------- expression lists

  /** star_expressions: one expression, or a tuple without parentheses. */
  final Expr starExpressions() {
    return commaSeparated(this::starExpression);
  }

  /**
   * One element, or several separated by commas (a trailing one allowed) as a tuple without
   * parentheses, which spans from the first element to the last token read.
   */
  private Expr commaSeparated(java.util.function.Supplier<Expr> element) {
    int start = p;
    Expr first = element.get();
    if (!at(Tok.COMMA)) {
      return first;
    }
    List<Expr> elts = list(first);
    while (accept(Tok.COMMA)) {
      if (!startsExpression()) {
        break;
      }
      elts.add(element.get());
    }
    return new Expr.Tuple(elts, ExprContext.Load, rangeFrom(start));
  }

  final Expr starExpression() {
    return at(Tok.STAR) ? starred() : expression();
  }

  final Expr starNamedExpression() {
    return at(Tok.STAR) ? starred() : namedExpression();
  }

  /** {@code *value} where a starred element may stand. */
  private Expr starred() {
    int start = p++;
    Expr value = bitwiseOr();
    return new Expr.Starred(value, ExprContext.Load, rangeFrom(start));
  }

  /** star_named_expressions as a tuple when there is a comma (the subject of {@code match}, {@code return x, y}). */
  final Expr starNamedExpressions() {
    return commaSeparated(this::starNamedExpression);
  }

  /** Whether the current token can begin an expression. */
  final boolean startsExpression() {
    return startsExpression(kind());
  }

  // ---------------------------------------------------------------- expression levels

  final Expr namedExpression() {
    if (at(Tok.NAME) && kindAt(1) == Tok.COLONEQUAL) {
      int start = p;
      Expr.Name target = new Expr.Name(name(p), ExprContext.Store, rangeOf(p));
      p += 2;
      Expr value = expression();
      return new Expr.NamedExpr(target, value, rangeFrom(start));
    }
    Expr e = expression();
    if (at(Tok.COLONEQUAL)) {
      throw errorAtNode("cannot use assignment expressions with " + Targets.describe(e), e);
    }
    return e;
  }

  final Expr expression() {
    enter();
    try {
      if (at(Tok.KW_LAMBDA)) {
        return lambda();
      }
      int start = p;
      Expr body = disjunction();
      if (!at(Tok.KW_IF)) {
        return body;
      }
      p++;
      Expr test = disjunction();
      if (!accept(Tok.KW_ELSE)) {
        throw errorAtPrevEnd("expected 'else' after 'if' expression");
      }
      Expr orelse = expression();
      return new Expr.IfExp(test, body, orelse, rangeFrom(start));
    } finally {
      leave();
    }
  }

  final Expr yieldExpr() {
    int start = expect(Tok.KW_YIELD);
    if (accept(Tok.KW_FROM)) {
      Expr value = expression();
      return new Expr.YieldFrom(value, rangeFrom(start));
    }
    Expr value = startsExpression() ? starExpressions() : null;
    return new Expr.Yield(value, rangeFrom(start));
  }

  final Expr disjunction() {
    int start = p;
    Expr first = conjunction();
    if (!at(Tok.KW_OR)) {
      return first;
    }
    List<Expr> values = list(first);
    while (accept(Tok.KW_OR)) {
      values.add(conjunction());
    }
    return new Expr.BoolOp(BoolOperator.Or, values, rangeFrom(start));
  }

  final Expr conjunction() {
    int start = p;
    Expr first = inversion();
    if (!at(Tok.KW_AND)) {
      return first;
    }
    List<Expr> values = list(first);
    while (accept(Tok.KW_AND)) {
      values.add(inversion());
    }
    return new Expr.BoolOp(BoolOperator.And, values, rangeFrom(start));
  }

  final Expr inversion() {
    if (at(Tok.KW_NOT)) {
      int start = p++;
      enter();
      try {
        Expr operand = inversion();
        return new Expr.UnaryOp(UnaryOperator.Not, operand, rangeFrom(start));
      } finally {
        leave();
      }
    }
    return comparison();
  }

  final Expr comparison() {
    int start = p;
    Expr left = bitwiseOr();
    CmpOperator op = comparisonOperator();
    if (op == null) {
      return left;
    }
    List<CmpOperator> ops = list();
    List<Expr> comparators = list();
    while (op != null) {
      ops.add(op);
      comparators.add(bitwiseOr());
      op = comparisonOperator();
    }
    return new Expr.Compare(left, ops, comparators, rangeFrom(start));
  }

  /** Consumes a comparison operator and returns it, or returns null and consumes nothing. */
  private CmpOperator comparisonOperator() {
    switch (kind()) {
      case Tok.EQEQUAL:
        p++;
        return CmpOperator.Eq;
      case Tok.NOTEQUAL:
        if (src[t.start[p]] == '<') {
          throw invalidSyntax();
        }
        p++;
        return CmpOperator.NotEq;
      case Tok.LESS:
        p++;
        return CmpOperator.Lt;
      case Tok.LESSEQUAL:
        p++;
        return CmpOperator.LtE;
      case Tok.GREATER:
        p++;
        return CmpOperator.Gt;
      case Tok.GREATEREQUAL:
        p++;
        return CmpOperator.GtE;
      case Tok.KW_IN:
        p++;
        return CmpOperator.In;
      case Tok.KW_NOT:
        if (kindAt(1) == Tok.KW_IN) {
          p += 2;
          return CmpOperator.NotIn;
        }
        return null;
      case Tok.KW_IS:
        p++;
        return accept(Tok.KW_NOT) ? CmpOperator.IsNot : CmpOperator.Is;
      default:
        return null;
    }
  }

  /**
   * The binary-operator levels of the grammar, loosest first (bitwise_or down to term): for each
   * level, the operator each token kind stands for there, or null.
   */
  private static final Operator[][] BINARY_LEVELS = new Operator[6][Tok.KW_FALSE];

  static {
    int[][] tokens = {
      {Tok.VBAR}, {Tok.CIRCUMFLEX}, {Tok.AMPER}, {Tok.LEFTSHIFT, Tok.RIGHTSHIFT}, {Tok.PLUS, Tok.MINUS},
      {Tok.STAR, Tok.SLASH, Tok.DOUBLESLASH, Tok.PERCENT, Tok.AT}
    };
    Operator[][] ops = {
      {Operator.BitOr}, {Operator.BitXor}, {Operator.BitAnd}, {Operator.LShift, Operator.RShift},
      {Operator.Add, Operator.Sub}, {Operator.Mult, Operator.Div, Operator.FloorDiv, Operator.Mod, Operator.MatMult}
    };
    for (int level = 0; level < tokens.length; level++) {
      for (int i = 0; i < tokens[level].length; i++) {
        BINARY_LEVELS[level][tokens[level][i]] = ops[level][i];
      }
    }
  }

  final Expr bitwiseOr() {
    return binary(0);
  }

  /**
   * One left-associative level: a loop, so that {@code a + b + c + ...} costs no stack; each link
   * still counts towards the nesting limit, since it deepens the tree.
   */
  private Expr binary(int level) {
    if (level == BINARY_LEVELS.length) {
      return factor();
    }
    int start = p;
    int mark = nesting;
    Expr left = binary(level + 1);
    while (true) {
      int k = kind();
      Operator op = k >= 0 && k < Tok.KW_FALSE ? BINARY_LEVELS[level][k] : null;
      if (op == null) {
        nesting = mark;
        return left;
      }
      p++;
      Expr right = binary(level + 1);
      left = new Expr.BinOp(left, op, right, rangeFrom(start));
      enter();
    }
  }

  final Expr factor() {
    UnaryOperator op;
    switch (kind()) {
      case Tok.PLUS -> op = UnaryOperator.UAdd;
      case Tok.MINUS -> op = UnaryOperator.USub;
      case Tok.TILDE -> op = UnaryOperator.Invert;
      default -> {
        return power();
      }
    }
    int start = p++;
    enter();
    try {
      Expr operand = factor();
      return new Expr.UnaryOp(op, operand, rangeFrom(start));
    } finally {
      leave();
    }
  }

  private Expr power() {
    int start = p;
    Expr left = awaitPrimary();
    if (!at(Tok.DOUBLESTAR)) {
      return left;
    }
    p++;
    enter();
    try {
      Expr right = factor();
      return new Expr.BinOp(left, Operator.Pow, right, rangeFrom(start));
    } finally {
      leave();
    }
  }

  private Expr awaitPrimary() {
    if (at(Tok.KW_AWAIT)) {
      int start = p++;
      Expr value = primary();
      return new Expr.Await(value, rangeFrom(start));
    }
    return primary();
  }

  final Expr primary() {
    int start = p;
    int mark = nesting;
    Expr e = atom();
    while (true) {
      switch (kind()) {
        case Tok.DOT -> {
          p++;
          if (!at(Tok.NAME)) {
            throw invalidSyntax();
          }
          int nameTok = p++;
          e = new Expr.Attribute(e, name(nameTok), ExprContext.Load, rangeFrom(start));
        }
        case Tok.LPAR -> e = call(e, start);
        case Tok.LSQB -> {
          p++;
          Expr slice = slices();
          expect(Tok.RSQB);
          e = new Expr.Subscript(e, slice, ExprContext.Load, rangeFrom(start));
        }
        default -> {
          nesting = mark;
          return e;
        }
      }
      enter();
    }
  }

  // ---------------------------------------------------------------- calls and subscripts

  private Expr call(Expr func, int start) {
    int open = expect(Tok.LPAR);
    List<Expr> args = list();
    List<Keyword> keywords = list();
    arguments(args, keywords, open, true);
    expect(Tok.RPAR);
    return new Expr.Call(func, args, keywords, rangeFrom(start));
  }

  /** The arguments of a call or a class definition, up to (not including) the closing ')'. */
  final void arguments(List<Expr> args, List<Keyword> keywords, int open, boolean generatorAllowed) {
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    while (!at(Tok.RPAR)) {
      int start = p;
      if (at(Tok.STAR)) {
        p++;
        Expr value = expression();
        if (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
          throw errorAt("iterable unpacking cannot be used in comprehension", start);
        }
        if (sawDoubleStar) {
          throw errorAt("iterable argument unpacking follows keyword argument unpacking", start);
        }
        args.add(new Expr.Starred(value, ExprContext.Load, rangeFrom(start)));
      } else if (at(Tok.DOUBLESTAR)) {
        p++;
        Expr value = expression();
        keywords.add(new Keyword(null, value, rangeFrom(start)));
        sawDoubleStar = true;
      } else if (at(Tok.NAME) && kindAt(1) == Tok.EQUAL) {
        String id = name(p);
        p += 2;
        Expr value = expression();
        keywords.add(new Keyword(id, value, rangeFrom(start)));
        sawKeyword = true;
      } else {
        Expr e = namedExpression();
        if (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
          if (!generatorAllowed) {
            throw invalidSyntax();
          }
          List<Comprehension> generators = forIfClauses();
          boolean alone = args.isEmpty() && keywords.isEmpty() && at(Tok.RPAR);
          if (!alone) {
            throw errorAtNode("Generator expression must be parenthesized", e);
          }
          int last = p;
          args.add(new Expr.GeneratorExp(e, generators, rangeTokens(open, last)));
          return;
        }
        if (at(Tok.EQUAL)) {
          throw errorAtNode("expression cannot contain assignment, perhaps you meant \"==\"?", e);
        }
        if (sawDoubleStar) {
          throw errorAtNode("positional argument follows keyword argument unpacking", e);
        }
        if (sawKeyword) {
          throw errorAtNode("positional argument follows keyword argument", e);
        }
        args.add(e);
      }
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    if (!at(Tok.RPAR)) {
      throw missingComma(args.isEmpty() && keywords.isEmpty() ? null : lastArgument(args, keywords));
    }
  }

  private static dev.bulwark.python.ast.Located lastArgument(List<Expr> args, List<Keyword> keywords) {
    if (keywords.isEmpty()) {
      return args.get(args.size() - 1);
    }
    if (args.isEmpty()) {
      return keywords.get(keywords.size() - 1);
    }
    Expr a = args.get(args.size() - 1);
    Keyword k = keywords.get(keywords.size() - 1);
    return a.range().line() > k.range().line()
        || (a.range().line() == k.range().line() && a.range().col() > k.range().col()) ? a : k;
  }

  /**
   * The error for two expressions side by side inside brackets, where CPython guesses a missing
   * comma; anything else is plain invalid syntax.
   */
  final ParseFailure missingComma(dev.bulwark.python.ast.Located previous) {
    if (previous != null && startsExpression() && !at(Tok.KW_YIELD) && !at(Tok.KW_LAMBDA)
        && !(previous instanceof Expr.Name && (at(Tok.STRING) || at(Tok.FSTRING_START)))
        && !(previous instanceof Expr.Starred)) {
      return errorAtNode("invalid syntax. Perhaps you forgot a comma?", previous);
    }
    return invalidSyntax();
  }

  private Expr slices() {
    int start = p;
    Expr first = slice();
    if (!at(Tok.COMMA)) {
      if (first instanceof Expr.Starred) {
        return new Expr.Tuple(list(first), ExprContext.Load, rangeFrom(start));
      }
      return first;
    }
    List<Expr> elts = list(first);
    while (accept(Tok.COMMA)) {
      if (at(Tok.RSQB)) {
        break;
      }
      elts.add(slice());
    }
    return new Expr.Tuple(elts, ExprContext.Load, rangeFrom(start));
  }

  private Expr slice() {
    int start = p;
    if (at(Tok.STAR)) {
      return starExpression();
    }
    Expr lower = null;
    if (!at(Tok.COLON)) {
      lower = namedExpression();
      if (!at(Tok.COLON)) {
        return lower;
      }
    }
    p++;
    Expr upper = at(Tok.COLON) || at(Tok.COMMA) || at(Tok.RSQB) ? null : expression();
    Expr step = null;
    if (accept(Tok.COLON)) {
      step = at(Tok.COMMA) || at(Tok.RSQB) ? null : expression();
    }
    return new Expr.Slice(lower, upper, step, rangeFrom(start));
  }

  // ---------------------------------------------------------------- atoms

  final Expr atom() {
    int start = p;
    switch (kind()) {
      case Tok.NAME:
        p++;
        return new Expr.Name(name(start), ExprContext.Load, rangeOf(start));
      case Tok.NUMBER:
        p++;
        return new Expr.Constant(Literals.number(src, t.start[start], t.end[start]), null, rangeOf(start));
      case Tok.STRING:
      case Tok.FSTRING_START:
        return strings();
      case Tok.KW_NONE:
        p++;
        return new Expr.Constant(PyConstant.PyNone.INSTANCE, null, rangeOf(start));
      case Tok.KW_TRUE:
        p++;
        return new Expr.Constant(PyConstant.PyBool.TRUE, null, rangeOf(start));
      case Tok.KW_FALSE:
        p++;
        return new Expr.Constant(PyConstant.PyBool.FALSE, null, rangeOf(start));
      case Tok.ELLIPSIS:
        p++;
        return new Expr.Constant(PyConstant.PyEllipsis.INSTANCE, null, rangeOf(start));
      case Tok.LPAR:
        return parenthesized();
      case Tok.LSQB:
        return listDisplay();
      case Tok.LBRACE:
        return braceDisplay();
      default:
        throw invalidSyntax();
    }
  }

  private Expr parenthesized() {
    int open = p++;
    enter();
    try {
      if (accept(Tok.RPAR)) {
        return new Expr.Tuple(NO_EXPRS, ExprContext.Load, rangeFrom(open));
      }
      if (at(Tok.KW_YIELD)) {
        Expr y = yieldExpr();
        expect(Tok.RPAR);
        return y;
      }
      Expr first = starNamedExpression();
      if (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
        noStarredElement(first);
        List<Comprehension> generators = forIfClauses();
        expect(Tok.RPAR);
        return new Expr.GeneratorExp(first, generators, rangeFrom(open));
      }
      if (at(Tok.COMMA)) {
        List<Expr> elts = list(first);
        while (accept(Tok.COMMA)) {
          if (at(Tok.RPAR)) {
            break;
          }
          elts.add(starNamedExpression());
        }
        closeDisplay(Tok.RPAR, elts.get(elts.size() - 1));
        return new Expr.Tuple(elts, ExprContext.Load, rangeFrom(open));
      }
      closeDisplay(Tok.RPAR, first);
      if (first instanceof Expr.Starred) {
        throw errorAtNode("cannot use starred expression here", first);
      }
      return first;
    } finally {
      leave();
    }
  }

  private Expr listDisplay() {
    int open = p++;
    enter();
    try {
      if (accept(Tok.RSQB)) {
        return new Expr.List(NO_EXPRS, ExprContext.Load, rangeFrom(open));
      }
      Expr first = starNamedExpression();
      if (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
        noStarredElement(first);
        List<Comprehension> generators = forIfClauses();
        expect(Tok.RSQB);
        return new Expr.ListComp(first, generators, rangeFrom(open));
      }
      List<Expr> elts = list(first);
      while (accept(Tok.COMMA)) {
        if (at(Tok.RSQB)) {
          break;
        }
        elts.add(starNamedExpression());
      }
      closeDisplay(Tok.RSQB, elts.get(elts.size() - 1));
      return new Expr.List(elts, ExprContext.Load, rangeFrom(open));
    } finally {
      leave();
    }
  }

  private Expr braceDisplay() {
    int open = p++;
    enter();
    try {
      if (accept(Tok.RBRACE)) {
        return new Expr.Dict(NO_EXPRS, NO_EXPRS, rangeFrom(open));
      }
      List<Expr> keys = list();
      List<Expr> values = list();
      if (at(Tok.DOUBLESTAR)) {
        p++;
        keys.add(null);
        values.add(bitwiseOr());
        return dictRest(open, keys, values);
      }
      Expr first = starNamedExpression();
      if (accept(Tok.COLON)) {
        Expr value = expression();
        if (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
          List<Comprehension> generators = forIfClauses();
          expect(Tok.RBRACE);
          return new Expr.DictComp(first, value, generators, rangeFrom(open));
        }
        keys.add(first);
        values.add(value);
        return dictRest(open, keys, values);
      }
      if (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
        noStarredElement(first);
        List<Comprehension> generators = forIfClauses();
        expect(Tok.RBRACE);
        return new Expr.SetComp(first, generators, rangeFrom(open));
      }
      List<Expr> elts = list(first);
      while (accept(Tok.COMMA)) {
        if (at(Tok.RBRACE)) {
          break;
        }
        elts.add(starNamedExpression());
      }
      closeDisplay(Tok.RBRACE, elts.get(elts.size() - 1));
      return new Expr.Set(elts, rangeFrom(open));
    } finally {
      leave();
    }
  }

  /** Consumes the closing bracket of a display, or explains why it is not there. */
  private void closeDisplay(int closer, Expr last) {
    if (!at(closer)) {
      throw missingComma(last);
    }
    p++;
  }

  private Expr dictRest(int open, List<Expr> keys, List<Expr> values) {
    while (accept(Tok.COMMA)) {
      if (at(Tok.RBRACE)) {
        break;
      }
      if (accept(Tok.DOUBLESTAR)) {
        keys.add(null);
        values.add(bitwiseOr());
      } else {
        Expr key = expression();
        if (!at(Tok.COLON)) {
          throw at(Tok.COMMA) || at(Tok.RBRACE) ? errorAtNode("':' expected after dictionary key", key)
              : invalidSyntax();
        }
        p++;
        keys.add(key);
        values.add(expression());
      }
    }
    expect(Tok.RBRACE);
    return new Expr.Dict(keys, values, rangeFrom(open));
  }

  // ---------------------------------------------------------------- comprehensions

  /** CPython refuses {@code [*x for x in y]}: a starred element cannot be a comprehension's element. */
  private void noStarredElement(Expr element) {
    if (element instanceof Expr.Starred) {
      throw errorAtNode("iterable unpacking cannot be used in comprehension", element);
    }
  }

  final List<Comprehension> forIfClauses() {
    List<Comprehension> generators = list();
    while (at(Tok.KW_FOR) || (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_FOR)) {
      int isAsync = accept(Tok.KW_ASYNC) ? 1 : 0;
      p++;
      Expr target = Targets.store(starTargets(), this);
      if (!accept(Tok.KW_IN)) {
        throw invalidSyntax();
      }
      Expr iter = disjunction();
      List<Expr> ifs = list();
      while (accept(Tok.KW_IF)) {
        ifs.add(disjunction());
      }
      generators.add(new Comprehension(target, iter, ifs, isAsync));
    }
    return generators;
  }

  /**
   * star_targets: the targets of {@code for} and comprehensions, read at the bitwise-or level so
   * that the {@code in} that follows is not taken for a comparison. Contexts are set by the caller.
   */
  final Expr starTargets() {
    return commaSeparated(this::starTarget);
  }

  final Expr starTarget() {
    if (at(Tok.STAR)) {
      int start = p++;
      Expr value = starTarget();
      return new Expr.Starred(value, ExprContext.Load, rangeFrom(start));
    }
    return bitwiseOr();
  }

  // ---------------------------------------------------------------- lambdas and parameters

  private Expr lambda() {
    int start = expect(Tok.KW_LAMBDA);
    Arguments args = parameters(false, Tok.COLON);
    expect(Tok.COLON);
    Expr body = expression();
    return new Expr.Lambda(args, body, rangeFrom(start));
  }

  /**
   * Parameters of a def (with annotations) or a lambda, up to {@code close}, which is left unread.
   * The checks and messages follow CPython's invalid_parameters rules.
   */
  final Arguments parameters(boolean annotations, int close) {
    List<Arg> posonly = list();
    List<Arg> args = list();
    List<Expr> defaults = list();
    Arg vararg = null;
    List<Arg> kwonly = list();
    List<Expr> kwDefaults = list();
    Arg kwarg = null;
    boolean sawSlash = false;
    boolean sawStar = false;
    boolean sawDefault = false;
    while (!at(close)) {
      if (kwarg != null) {
        throw errorAt("arguments cannot follow var-keyword argument", p);
      }
      if (at(Tok.SLASH)) {
        if (sawSlash) {
          throw errorAt("/ may appear only once", p);
        }
        if (sawStar) {
          throw errorAt("/ must be ahead of *", p);
        }
        if (args.isEmpty()) {
          throw errorAt("at least one argument must precede /", p);
        }
        p++;
        posonly.addAll(args);
        args.clear();
        sawSlash = true;
      } else if (at(Tok.STAR)) {
        if (sawStar) {
          throw errorAt("* argument may appear only once", p);
        }
        p++;
        sawStar = true;
        if (at(Tok.NAME)) {
          vararg = parameter(annotations, true);
        } else if (at(close) || (at(Tok.COMMA) && (kindAt(1) == close || kindAt(1) == Tok.DOUBLESTAR))) {
          throw errorAt("named arguments must follow bare *", p - 1);
        }
      } else if (at(Tok.DOUBLESTAR)) {
        p++;
        kwarg = parameter(annotations, false);
        if (at(Tok.EQUAL)) {
          throw errorAt("var-keyword argument cannot have default value", p);
        }
      } else if (at(Tok.NAME)) {
        Arg a = parameter(annotations, false);
        Expr def = null;
        if (accept(Tok.EQUAL)) {
          def = expression();
        }
        if (sawStar) {
          kwonly.add(a);
          kwDefaults.add(def);
        } else {
          if (def != null) {
            defaults.add(def);
            sawDefault = true;
          } else if (sawDefault) {
            throw errorAtNode("parameter without a default follows parameter with a default", a);
          }
          args.add(a);
        }
      } else {
        throw invalidSyntax();
      }
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    if (!at(close)) {
      if (close == Tok.COLON) {
        throw invalidSyntax();
      }
      throw errorAt(at(Tok.EQUAL) && vararg != null ? "var-positional argument cannot have default value"
          : "invalid syntax", p);
    }
    return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  private Arg parameter(boolean annotations, boolean starAnnotation) {
    if (!at(Tok.NAME)) {
      throw invalidSyntax();
    }
    int start = p++;
    Expr annotation = null;
    if (annotations && accept(Tok.COLON)) {
      annotation = starAnnotation && at(Tok.STAR) ? starExpression() : expression();
    }
    return new Arg(name(start), annotation, null, rangeFrom(start));
  }

  // ---------------------------------------------------------------- strings

  /** Adjacent string literals, concatenated: a Constant, or a JoinedStr / TemplateStr when formatted. */
  final Expr strings() {
    int first = p;
    StringConcat concat = new StringConcat(this);
    while (at(Tok.STRING) || at(Tok.FSTRING_START)) {
      if (at(Tok.STRING)) {
        concat.plain(p++);
      } else {
        concat.formatted();
      }
    }
    return concat.result(first);
  }

  /**
   * The source text of a self-documenting field ({@code f"{x = }"}) from after its '{' to the token
   * at {@code stop}, without the comments in between, as CPython shows it.
   */
  private String debugText(int open, int stop) {
    StringBuilder sb = new StringBuilder();
    int from = t.end[open];
    for (int tok = open + 1; tok <= stop; tok++) {
      int gapEnd = t.start[tok];
      for (int i = from; i < gapEnd; i++) {
        if (src[i] == '#') {
          while (i < gapEnd && src[i] != '\n') {
            i++;
          }
          if (i == gapEnd) {
            break;
          }
        }
        sb.append(src[i]);
      }
      if (tok < stop) {
        sb.append(src, t.start[tok], t.end[tok] - t.start[tok]);
      }
      from = t.end[tok];
    }
    return sb.toString();
  }

  /** One replacement field {@code {...}} of an f-string or t-string; the current token is its '{'. */
  final Expr replacementField(boolean raw, boolean template, StringConcat.Pieces into) {
    int open = expect(Tok.LBRACE);
    if (at(Tok.RBRACE)) {
      throw errorAt(template ? "t-string: valid expression required before '}'"
          : "f-string: valid expression required before '}'", p);
    }
    String kind = template ? "t-string" : "f-string";
    if (at(Tok.KW_LAMBDA)) {
      throw errorAt(kind + ": lambda expressions are not allowed without parentheses", p);
    }
    Expr value = at(Tok.KW_YIELD) ? yieldExpr() : starExpressions();
    int exprEnd = p;
    boolean debug = false;
    if (at(Tok.EQUAL)) {
      p++;
      debug = true;
      TextRange r = new TextRange(t.endLine[open], t.endCol[open], t.line[p], t.col[p]);
      into.text(debugText(open, p), r);
    }
    int conversion = -1;
    if (at(Tok.EXCLAMATION)) {
      int bang = p++;
      if (!at(Tok.NAME)) {
        throw errorAt(kind + ": missing conversion character", p);
      }
      if (t.start[p] != t.end[bang]) {
        throw errorAt(kind + ": conversion type must come right after the exclamanation mark", p);
      }
      String c = text(p);
      if (!c.equals("s") && !c.equals("r") && !c.equals("a")) {
        throw errorAt(kind + ": invalid conversion character '" + c + "': expected 's', 'r', or 'a'", p);
      }
      conversion = c.charAt(0);
      p++;
    }
    Expr spec = null;
    if (at(Tok.COLON)) {
      int colon = p++;
      StringConcat.Pieces specPieces = new StringConcat.Pieces();
      while (!at(Tok.RBRACE)) {
        if (at(Tok.FSTRING_MIDDLE)) {
          java.util.BitSet lone = new java.util.BitSet();
          String text = StringConcat.middle(this, p, raw, lone);
          specPieces.text(text, lone, rangeOf(p));
          p++;
        } else if (at(Tok.LBRACE)) {
          // fields inside a format spec stay FormattedValue, in t-strings too (PEP 750)
          specPieces.expr(replacementField(raw, false, specPieces));
        } else {
          throw errorAt(kind + ": expecting '}'", p);
        }
      }
      TextRange r = new TextRange(t.line[colon], t.col[colon], t.line[p], t.col[p]);
      spec = new Expr.JoinedStr(specPieces.values(), r);
    }
    if (!at(Tok.RBRACE)) {
      if (kind() == Tokens.ERROR) {
        throw invalidSyntax();
      }
      throw errorAt(exprEnd == p && !debug ? kind + ": expecting '=', or '!', or ':', or '}'"
          : kind + ": expecting '}'", p);
    }
    p++;
    if (debug && conversion == -1 && spec == null) {
      conversion = 'r';
    }
    TextRange range = rangeFrom(open);
    if (template) {
      // PEP 750: the text between '{' and the first '=', '!', ':' or '}', whitespace included
      String source = new String(src, t.end[open], t.start[exprEnd] - t.end[open]);
      return new Expr.Interpolation(value, new PyConstant.PyStr(source), conversion, spec, range);
    }
    return new Expr.FormattedValue(value, conversion, spec, range);
  }
}
