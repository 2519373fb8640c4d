package dev.bulwark.python.parser;

import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Arguments;
import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.MatchCase;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.Pattern;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.python.ast.TypeParam;
import dev.bulwark.python.ast.WithItem;
import java.util.List;

/** Statements and blocks: the top of the grammar. Use {@link #parseModule}. */
final class StatementParser extends PatternParser {

  /** The tuple last read by {@link #exceptionTypes} without parentheses, which cannot take {@code as}. */
  private Expr bareExceptTuple;

  StatementParser(char[] src, Tokens tokens) {
    super(src, tokens);
  }

  Mod.Module parseModule() {
    List<Stmt> body = list();
    while (!at(Tok.ENDMARKER)) {
      statement(body);
    }
    return new Mod.Module(body, List.of());
  }

  private void statement(List<Stmt> body) {
    switch (kind()) {
      case Tok.KW_DEF, Tok.KW_CLASS, Tok.KW_IF, Tok.KW_WHILE, Tok.KW_FOR, Tok.KW_TRY, Tok.KW_WITH, Tok.AT,
          Tok.KW_ASYNC -> body.add(compoundStatement());
      case Tok.INDENT -> throw indentationError("unexpected indent", p + 1);
      case Tok.NAME -> {
        Stmt match = atName("match") ? tryMatch() : null;
        if (match != null) {
          body.add(match);
        } else {
          simpleStatements(body);
        }
      }
      default -> simpleStatements(body);
    }
  }

  private void simpleStatements(List<Stmt> body) {
    while (true) {
      body.add(simpleStatement());
      if (!accept(Tok.SEMI)) {
        break;
      }
      if (at(Tok.NEWLINE)) {
        break;
      }
    }
    if (!accept(Tok.NEWLINE)) {
      throw invalidSyntax();
    }
  }

  /** A block after a header's ':' — an indented suite, or simple statements on the same line. */
  private List<Stmt> block(String what, int header) {
    List<Stmt> body = list();
    if (accept(Tok.NEWLINE)) {
      if (!at(Tok.INDENT)) {
        throw indentationError("expected an indented block after " + what + " on line " + t.line[header], p);
      }
      p++;
      enter();
      try {
        while (!at(Tok.DEDENT) && !at(Tok.ENDMARKER)) {
          statement(body);
        }
      } finally {
        leave();
      }
      accept(Tok.DEDENT);
      return body;
    }
    if (at(Tok.INDENT) || at(Tok.ENDMARKER)) {
      throw invalidSyntax();
    }
    simpleStatements(body);
    return body;
  }

  private void colon() {
    if (!accept(Tok.COLON)) {
      throw expected(Tok.COLON);
    }
  }

  // ---------------------------------------------------------------- simple statements

  private Stmt simpleStatement() {
    int start = p;
    switch (kind()) {
      case Tok.KW_PASS:
        p++;
        return new Stmt.Pass(rangeFrom(start));
      case Tok.KW_BREAK:
        p++;
        return new Stmt.Break(rangeFrom(start));
      case Tok.KW_CONTINUE:
        p++;
        return new Stmt.Continue(rangeFrom(start));
      case Tok.KW_RETURN: {
        p++;
        Expr value = startsExpression() ? starExpressions() : null;
        return new Stmt.Return(value, rangeFrom(start));
      }
      case Tok.KW_RAISE: {
        p++;
        Expr exc = null;
        Expr cause = null;
        if (startsExpression()) {
          exc = expression();
          if (accept(Tok.KW_FROM)) {
            cause = expression();
          }
        }
        return new Stmt.Raise(exc, cause, rangeFrom(start));
      }
      case Tok.KW_GLOBAL:
      case Tok.KW_NONLOCAL: {
        p++;
        List<String> names = list();
        do {
          if (!at(Tok.NAME)) {
            throw invalidSyntax();
          }
          names.add(name(p++));
        } while (accept(Tok.COMMA));
        return kinds[start] == Tok.KW_GLOBAL ? new Stmt.Global(names, rangeFrom(start))
            : new Stmt.Nonlocal(names, rangeFrom(start));
      }
      case Tok.KW_DEL:
        return delete();
      case Tok.KW_ASSERT: {
        p++;
        Expr test = expression();
        Expr msg = accept(Tok.COMMA) ? expression() : null;
        return new Stmt.Assert(test, msg, rangeFrom(start));
      }
      case Tok.KW_IMPORT:
        return importName();
      case Tok.KW_FROM:
        return importFrom();
      default:
        if (atName("type") && kindAt(1) == Tok.NAME && (kindAt(2) == Tok.EQUAL || kindAt(2) == Tok.LSQB)) {
          return typeAlias();
        }
        return expressionStatement();
    }
  }

  private Stmt delete() {
    int start = p++;
    List<Expr> targets = list();
    do {
      if (at(Tok.NEWLINE) || at(Tok.SEMI)) {
        break;
      }
      Expr target = at(Tok.STAR) ? starExpression() : bitwiseOr();
      targets.add(Targets.delete(target, this));
    } while (accept(Tok.COMMA));
    if (targets.isEmpty()) {
      throw invalidSyntax();
    }
    return new Stmt.Delete(targets, rangeFrom(start));
  }

  private Expr annotatedRhs() {
    return at(Tok.KW_YIELD) ? yieldExpr() : starExpressions();
  }

  private Stmt expressionStatement() {
    int start = p;
    Expr first = annotatedRhs();
    if (first instanceof Expr.Name legacy && (legacy.id().equals("print") || legacy.id().equals("exec"))
        && startsExpression() && !at(Tok.LPAR)) {
      throw errorAtNode("Missing parentheses in call to '" + legacy.id() + "'. Did you mean " + legacy.id()
          + "(...)?", first);
    }
    if (at(Tok.COLON)) {
      return annotatedAssignment(start, first);
    }
    Operator augmented = augmentedOperator();
    if (augmented != null) {
      if (!Targets.isSingleTarget(first)) {
        throw errorAtNode("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment", first);
      }
      p++;
      Expr value = annotatedRhs();
      return new Stmt.AugAssign(Targets.store(first, this), augmented, value, rangeFrom(start));
    }
    if (!at(Tok.EQUAL)) {
      return new Stmt.Expr(first, rangeFrom(start));
    }
    List<Expr> raw = list();
    Expr value = first;
    while (accept(Tok.EQUAL)) {
      raw.add(value);
      value = annotatedRhs();
    }
    List<Expr> targets = list();
    for (Expr target : raw) {
      targets.add(assignTarget(target, raw.size() == 1 && isBitwiseOrLevel(value)));
    }
    return new Stmt.Assign(targets, value, null, rangeFrom(start));
  }

  /**
   * Checks an assignment target. CPython suggests '==' only where its grammar could have meant a
   * comparison: a single target and a value at the bitwise-or level, the target not a keyword constant.
   */
  private Expr assignTarget(Expr e, boolean couldBeComparison) {
    if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      throw errorAtNode("assignment to yield expression not possible", e);
    }
    boolean keywordConstant = e instanceof Expr.Constant c
        && (c.value() instanceof PyConstant.PyBool || c.value() instanceof PyConstant.PyNone);
    if (couldBeComparison && !keywordConstant && isBitwiseOrLevel(e) && !isTargetShaped(e)) {
      throw errorAtNode("cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?", e);
    }
    return Targets.store(e, this);
  }

  private static boolean isTargetShaped(Expr e) {
    return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript
        || e instanceof Expr.Starred || e instanceof Expr.Tuple || e instanceof Expr.List
        || e instanceof Expr.GeneratorExp;
  }

  /** Whether an expression is one that CPython's bitwise_or rule can produce on its own. */
  private static boolean isBitwiseOrLevel(Expr e) {
    return !(e instanceof Expr.Tuple || e instanceof Expr.Compare || e instanceof Expr.BoolOp
        || e instanceof Expr.IfExp || e instanceof Expr.Lambda || e instanceof Expr.Starred
        || e instanceof Expr.NamedExpr || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
        || (e instanceof Expr.UnaryOp u && u.op() == dev.bulwark.python.ast.UnaryOperator.Not));
  }

  private Stmt annotatedAssignment(int start, Expr target) {
    int simple;
    if (target instanceof Expr.Name) {
      simple = kinds[start] == Tok.LPAR ? 0 : 1;
    } else if (target instanceof Expr.Attribute || target instanceof Expr.Subscript) {
      simple = 0;
    } else if (target instanceof Expr.Tuple) {
      throw errorAtNode("only single target (not tuple) can be annotated", target);
    } else if (target instanceof Expr.List) {
      throw errorAtNode("only single target (not list) can be annotated", target);
    } else {
      throw errorAtNode("illegal target for annotation", target);
    }
    p++;
    Expr annotation = expression();
    Expr value = accept(Tok.EQUAL) ? annotatedRhs() : null;
    return new Stmt.AnnAssign(Targets.store(target, this), annotation, value, simple, rangeFrom(start));
  }

  private Operator augmentedOperator() {
    return switch (kind()) {
      case Tok.PLUSEQUAL -> Operator.Add;
      case Tok.MINEQUAL -> Operator.Sub;
      case Tok.STAREQUAL -> Operator.Mult;
      case Tok.ATEQUAL -> Operator.MatMult;
      case Tok.SLASHEQUAL -> Operator.Div;
      case Tok.PERCENTEQUAL -> Operator.Mod;
      case Tok.AMPEREQUAL -> Operator.BitAnd;
      case Tok.VBAREQUAL -> Operator.BitOr;
      case Tok.CIRCUMFLEXEQUAL -> Operator.BitXor;
      case Tok.LEFTSHIFTEQUAL -> Operator.LShift;
      case Tok.RIGHTSHIFTEQUAL -> Operator.RShift;
      case Tok.DOUBLESTAREQUAL -> Operator.Pow;
      case Tok.DOUBLESLASHEQUAL -> Operator.FloorDiv;
      default -> null;
    };
  }

  private Stmt typeAlias() {
    int start = p++;
    int nameTok = p++;
    Expr.Name name = new Expr.Name(name(nameTok), ExprContext.Store, rangeOf(nameTok));
    List<TypeParam> params = at(Tok.LSQB) ? typeParams() : List.of();
    expect(Tok.EQUAL);
    Expr value = expression();
    return new Stmt.TypeAlias(name, params, value, rangeFrom(start));
  }

  private Stmt importName() {
    int start = p++;
    List<Alias> names = list();
    do {
      int aliasStart = p;
      String dotted = dottedName();
      String asname = null;
      if (accept(Tok.KW_AS)) {
        if (!at(Tok.NAME)) {
          throw invalidSyntax();
        }
        asname = name(p++);
      }
      names.add(new Alias(dotted, asname, rangeFrom(aliasStart)));
    } while (accept(Tok.COMMA));
    return new Stmt.Import(names, rangeFrom(start));
  }

  private String dottedName() {
    if (!at(Tok.NAME)) {
      throw invalidSyntax();
    }
    String dotted = name(p++);
    if (!at(Tok.DOT)) {
      return dotted;
    }
    StringBuilder sb = new StringBuilder(dotted);
    while (accept(Tok.DOT)) {
      if (!at(Tok.NAME)) {
        throw invalidSyntax();
      }
      sb.append('.').append(name(p++));
    }
    return sb.toString();
  }

  private Stmt importFrom() {
    int start = p++;
    int level = 0;
    while (at(Tok.DOT) || at(Tok.ELLIPSIS)) {
      level += at(Tok.DOT) ? 1 : 3;
      p++;
    }
    String module = null;
    if (!at(Tok.KW_IMPORT)) {
      module = dottedName();
    }
    if (!accept(Tok.KW_IMPORT)) {
      throw invalidSyntax();
    }
    List<Alias> names = list();
    if (at(Tok.STAR)) {
      names.add(new Alias("*", null, rangeOf(p)));
      p++;
      return new Stmt.ImportFrom(module, names, level, rangeFrom(start));
    }
    boolean parenthesized = accept(Tok.LPAR);
    do {
      if (parenthesized && at(Tok.RPAR) && !names.isEmpty()) {
        break;
      }
      if (!at(Tok.NAME)) {
        if (!parenthesized && !names.isEmpty()) {
          throw errorAt("trailing comma not allowed without surrounding parentheses", p - 1);
        }
        throw invalidSyntax();
      }
      int aliasStart = p;
      String id = name(p++);
      String asname = null;
      if (accept(Tok.KW_AS)) {
        if (!at(Tok.NAME)) {
          throw invalidSyntax();
        }
        asname = name(p++);
      }
      names.add(new Alias(id, asname, rangeFrom(aliasStart)));
    } while (accept(Tok.COMMA));
    if (parenthesized) {
      expect(Tok.RPAR);
    }
    return new Stmt.ImportFrom(module, names, level, rangeFrom(start));
  }

  // ---------------------------------------------------------------- compound statements

  private Stmt compoundStatement() {
    switch (kind()) {
      case Tok.AT:
        return decorated();
      case Tok.KW_DEF:
        return functionDef(List.of(), p, false);
      case Tok.KW_CLASS:
        return classDef(List.of(), p);
      case Tok.KW_IF:
        return ifStatement();
      case Tok.KW_WHILE:
        return whileStatement();
      case Tok.KW_FOR:
        return forStatement(p, false);
      case Tok.KW_TRY:
        return tryStatement();
      case Tok.KW_WITH:
        return withStatement(p, false);
      case Tok.KW_ASYNC: {
        int start = p++;
        switch (kind()) {
          case Tok.KW_DEF:
            return functionDef(List.of(), start, true);
          case Tok.KW_FOR:
            return forStatement(start, true);
          case Tok.KW_WITH:
            return withStatement(start, true);
          default:
            throw invalidSyntax();
        }
      }
      default:
        throw invalidSyntax();
    }
  }

  private Stmt decorated() {
    List<Expr> decorators = list();
    while (accept(Tok.AT)) {
      decorators.add(namedExpression());
      if (!accept(Tok.NEWLINE)) {
        throw invalidSyntax();
      }
    }
    int start = p;
    if (at(Tok.KW_DEF)) {
      return functionDef(decorators, start, false);
    }
    if (at(Tok.KW_ASYNC) && kindAt(1) == Tok.KW_DEF) {
      p++;
      return functionDef(decorators, start, true);
    }
    if (at(Tok.KW_CLASS)) {
      return classDef(decorators, start);
    }
    throw invalidSyntax();
  }

  private Stmt functionDef(List<Expr> decorators, int start, boolean isAsync) {
    int def = expect(Tok.KW_DEF);
    if (!at(Tok.NAME)) {
      throw invalidSyntax();
    }
    String name = name(p++);
    List<TypeParam> typeParams = at(Tok.LSQB) ? typeParams() : List.of();
    if (!at(Tok.LPAR)) {
      throw errorAtPrevEnd("expected '('");
    }
    p++;
    Arguments args = parameters(true, Tok.RPAR);
    expect(Tok.RPAR);
    Expr returns = null;
    if (accept(Tok.RARROW)) {
      returns = expression();
    }
    colon();
    List<Stmt> body = block("function definition", def);
    TextRange range = rangeFrom(start);
    return isAsync
        ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, range)
        : new Stmt.FunctionDef(name, args, body, decorators, returns, null, typeParams, range);
  }

  private Stmt classDef(List<Expr> decorators, int start) {
    int cls = expect(Tok.KW_CLASS);
    if (!at(Tok.NAME)) {
      throw invalidSyntax();
    }
    String name = name(p++);
    List<TypeParam> typeParams = at(Tok.LSQB) ? typeParams() : List.of();
    List<Expr> bases = list();
    List<Keyword> keywords = list();
    if (at(Tok.LPAR)) {
      int open = p++;
      arguments(bases, keywords, open, false);
      expect(Tok.RPAR);
    }
    colon();
    List<Stmt> body = block("class definition", cls);
    return new Stmt.ClassDef(name, bases, keywords, body, decorators, typeParams, rangeFrom(start));
  }

  private List<TypeParam> typeParams() {
    expect(Tok.LSQB);
    List<TypeParam> params = list();
    while (!at(Tok.RSQB)) {
      int start = p;
      if (accept(Tok.STAR)) {
        String id = typeParamName();
        if (at(Tok.COLON)) {
          throw errorAt("cannot use bound with TypeVarTuple", p);
        }
        Expr def = accept(Tok.EQUAL) ? starExpression() : null;
        params.add(new TypeParam.TypeVarTuple(id, def, rangeFrom(start)));
      } else if (accept(Tok.DOUBLESTAR)) {
        String id = typeParamName();
        if (at(Tok.COLON)) {
          throw errorAt("cannot use bound with ParamSpec", p);
        }
        Expr def = accept(Tok.EQUAL) ? expression() : null;
        params.add(new TypeParam.ParamSpec(id, def, rangeFrom(start)));
      } else {
        String id = typeParamName();
        Expr bound = accept(Tok.COLON) ? expression() : null;
        Expr def = accept(Tok.EQUAL) ? expression() : null;
        params.add(new TypeParam.TypeVar(id, bound, def, rangeFrom(start)));
      }
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    if (params.isEmpty()) {
      throw errorAt("Type parameter list cannot be empty", p);
    }
    expect(Tok.RSQB);
    return params;
  }

  private String typeParamName() {
    if (!at(Tok.NAME)) {
      throw invalidSyntax();
    }
    return name(p++);
  }

  private Stmt ifStatement() {
    int start = p++;
    Expr test = namedExpression();
    colon();
    List<Stmt> body = block(kinds[start] == Tok.KW_IF ? "'if' statement" : "'elif' statement", start);
    List<Stmt> orelse = List.of();
    if (at(Tok.KW_ELIF)) {
      orelse = list(ifStatement());
    } else if (at(Tok.KW_ELSE)) {
      orelse = elseBlock();
    }
    return new Stmt.If(test, body, orelse, rangeFrom(start));
  }

  private List<Stmt> elseBlock() {
    int elseTok = expect(Tok.KW_ELSE);
    colon();
    return block("'else' statement", elseTok);
  }

  private Stmt whileStatement() {
    int start = p++;
    Expr test = namedExpression();
    colon();
    List<Stmt> body = block("'while' statement", start);
    List<Stmt> orelse = at(Tok.KW_ELSE) ? elseBlock() : List.of();
    return new Stmt.While(test, body, orelse, rangeFrom(start));
  }

  private Stmt forStatement(int start, boolean isAsync) {
    int forTok = expect(Tok.KW_FOR);
    Expr target = Targets.store(starTargets(), this);
    if (!accept(Tok.KW_IN)) {
      throw invalidSyntax();
    }
    Expr iter = starExpressions();
    colon();
    List<Stmt> body = block("'for' statement", forTok);
    List<Stmt> orelse = at(Tok.KW_ELSE) ? elseBlock() : List.of();
    TextRange range = rangeFrom(start);
    return isAsync ? new Stmt.AsyncFor(target, iter, body, orelse, null, range)
        : new Stmt.For(target, iter, body, orelse, null, range);
  }

  private Stmt withStatement(int start, boolean isAsync) {
    int withTok = expect(Tok.KW_WITH);
    List<WithItem> items = null;
    if (at(Tok.LPAR)) {
      int save = p;
      int savedNesting = nesting;
      try {
        p++;
        List<WithItem> candidate = list();
        do {
          if (at(Tok.RPAR) && !candidate.isEmpty()) {
            break;
          }
          candidate.add(withItem());
        } while (accept(Tok.COMMA));
        expect(Tok.RPAR);
        if (at(Tok.COLON)) {
          items = candidate;
        }
      } catch (ParseFailure e) {
        // not the parenthesized form: read the items again as plain expressions
      }
      if (items == null) {
        p = save;
        nesting = savedNesting;
      }
    }
    if (items == null) {
      items = list();
      do {
        items.add(withItem());
      } while (accept(Tok.COMMA));
    }
    colon();
    List<Stmt> body = block("'with' statement", withTok);
    TextRange range = rangeFrom(start);
    return isAsync ? new Stmt.AsyncWith(items, body, null, range) : new Stmt.With(items, body, null, range);
  }

  private WithItem withItem() {
    Expr context = expression();
    Expr vars = null;
    if (accept(Tok.KW_AS)) {
      vars = Targets.store(starTarget(), this);
    }
    return new WithItem(context, vars);
  }

  private Stmt tryStatement() {
    int start = p++;
    colon();
    List<Stmt> body = block("'try' statement", start);
    List<ExceptHandler> handlers = list();
    boolean star = false;
    boolean plain = false;
    while (at(Tok.KW_EXCEPT)) {
      int exceptTok = p++;
      boolean isStar = accept(Tok.STAR);
      if (isStar ? plain : star) {
        throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", exceptTok);
      }
      star |= isStar;
      plain |= !isStar;
      Expr type = null;
      String name = null;
      if (!at(Tok.COLON)) {
        type = exceptionTypes();
        if (accept(Tok.KW_AS)) {
          if (type == bareExceptTuple) {
            throw errorAtNode("multiple exception types must be parenthesized when using 'as'", type);
          }
          if (!at(Tok.NAME)) {
            throw invalidSyntax();
          }
          name = name(p++);
        }
      } else if (isStar) {
        throw errorAt("expected one or more exception types", p);
      }
      colon();
      List<Stmt> handlerBody = block(isStar ? "'except*' statement" : "'except' statement", exceptTok);
      handlers.add(new ExceptHandler(type, name, handlerBody, rangeFrom(exceptTok)));
    }
    List<Stmt> orelse = List.of();
    if (at(Tok.KW_ELSE)) {
      if (handlers.isEmpty()) {
        throw errorAt("expected 'except' or 'finally' block", p);
      }
      orelse = elseBlock();
    }
    List<Stmt> finalbody = List.of();
    if (at(Tok.KW_FINALLY)) {
      int fin = p++;
      colon();
      finalbody = block("'finally' statement", fin);
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      throw errorAfterLastReal("expected 'except' or 'finally' block");
    }
    TextRange range = rangeFrom(start);
    return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, range)
        : new Stmt.Try(body, handlers, orelse, finalbody, range);
  }

  /** The types after {@code except}: one expression, or (PEP 758, Python 3.14) several without parentheses. */
  private Expr exceptionTypes() {
    int start = p;
    Expr first = expression();
    if (!at(Tok.COMMA)) {
      return first;
    }
    List<Expr> elts = list(first);
    while (accept(Tok.COMMA)) {
      if (at(Tok.COLON) || at(Tok.KW_AS)) {
        break;
      }
      elts.add(expression());
    }
    bareExceptTuple = new Expr.Tuple(elts, ExprContext.Load, rangeFrom(start));
    return bareExceptTuple;
  }


  /**
   * {@code match} is a soft keyword: this is a match statement only if {@code match subject:} and
   * an indented block follow; otherwise the caller reads the line as a simple statement.
   */
  private Stmt tryMatch() {
    int start = p;
    int savedNesting = nesting;
    Expr subject;
    try {
      p++;
      subject = starNamedExpressions();
      if (!accept(Tok.COLON) || !accept(Tok.NEWLINE) || !at(Tok.INDENT)) {
        p = start;
        return null;
      }
    } catch (ParseFailure e) {
      p = start;
      nesting = savedNesting;
      return null;
    }
    p++;
    List<MatchCase> cases = list();
    while (atName("case")) {
      int caseTok = p++;
      Pattern pattern = patterns();
      Expr guard = accept(Tok.KW_IF) ? namedExpression() : null;
      colon();
      List<Stmt> body = block("'case' statement", caseTok);
      cases.add(new MatchCase(pattern, guard, body));
    }
    if (cases.isEmpty()) {
      throw invalidSyntax();
    }
    if (!accept(Tok.DEDENT) && !at(Tok.ENDMARKER)) {
      throw invalidSyntax();
    }
    return new Stmt.Match(subject, cases, rangeFrom(start));
  }
}
