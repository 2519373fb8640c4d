package dev.bulwark.python.parser;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.Pattern;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.UnaryOperator;
import java.util.List;

/** The patterns of {@code case} clauses (PEP 634), as CPython's grammar reads them. */
abstract class PatternParser extends ExpressionParser {

  PatternParser(char[] src, Tokens tokens) {
    super(src, tokens);
  }

  /** patterns: an open sequence ({@code case a, *rest:}) or one pattern. */
  final Pattern patterns() {
    int start = p;
    Pattern first = maybeStarPattern();
    if (!at(Tok.COMMA)) {
      if (first instanceof Pattern.MatchStar) {
        return new Pattern.MatchSequence(list(first), rangeFrom(start));
      }
      return first;
    }
    List<Pattern> items = list(first);
    while (accept(Tok.COMMA)) {
      if (at(Tok.COLON) || at(Tok.KW_IF)) {
        break;
      }
      items.add(maybeStarPattern());
    }
    return new Pattern.MatchSequence(items, rangeFrom(start));
  }

  private Pattern maybeStarPattern() {
    if (!at(Tok.STAR)) {
      return pattern();
    }
    int start = p++;
    if (!at(Tok.NAME)) {
      throw invalidSyntax();
    }
    String id = name(p++);
    return new Pattern.MatchStar(id.equals("_") ? null : id, rangeFrom(start));
  }

  final Pattern pattern() {
    enter();
    try {
      int start = p;
      Pattern or = orPattern();
      if (!accept(Tok.KW_AS)) {
        return or;
      }
      if (!at(Tok.NAME)) {
        throw errorAt("invalid pattern target", p);
      }
      int nameTok = p++;
      String id = name(nameTok);
      if (id.equals("_")) {
        throw errorAt("cannot use '_' as a target", nameTok);
      }
      return new Pattern.MatchAs(or, id, rangeFrom(start));
    } finally {
      leave();
    }
  }

  private Pattern orPattern() {
    int start = p;
    Pattern first = closedPattern();
    if (!at(Tok.VBAR)) {
      return first;
    }
    List<Pattern> alternatives = list(first);
    while (accept(Tok.VBAR)) {
      alternatives.add(closedPattern());
    }
    return new Pattern.MatchOr(alternatives, rangeFrom(start));
  }

  private Pattern closedPattern() {
    int start = p;
    switch (kind()) {
      case Tok.NUMBER, Tok.MINUS -> {
        Expr value = numberPatternValue();
        return new Pattern.MatchValue(value, value.range());
      }
      case Tok.STRING, Tok.FSTRING_START -> {
        Expr value = strings();
        if (value instanceof Expr.JoinedStr || value instanceof Expr.TemplateStr) {
          throw errorAtNode("patterns may only match literals and attribute lookups", value);
        }
        return new Pattern.MatchValue(value, value.range());
      }
      case Tok.KW_NONE -> {
        p++;
        return new Pattern.MatchSingleton(PyConstant.PyNone.INSTANCE, rangeOf(start));
      }
      case Tok.KW_TRUE -> {
        p++;
        return new Pattern.MatchSingleton(PyConstant.PyBool.TRUE, rangeOf(start));
      }
      case Tok.KW_FALSE -> {
        p++;
        return new Pattern.MatchSingleton(PyConstant.PyBool.FALSE, rangeOf(start));
      }
      case Tok.NAME -> {
        return namePattern();
      }
      case Tok.LPAR -> {
        return groupOrSequence();
      }
      case Tok.LSQB -> {
        p++;
        List<Pattern> items = list();
        while (!at(Tok.RSQB)) {
          items.add(maybeStarPattern());
          if (!accept(Tok.COMMA)) {
            break;
          }
        }
        expect(Tok.RSQB);
        return new Pattern.MatchSequence(items, rangeFrom(start));
      }
      case Tok.LBRACE -> {
        return mappingPattern();
      }
      default -> throw invalidSyntax();
    }
  }

  /** A signed number, or a complex literal {@code real +/- imag}. */
  private Expr numberPatternValue() {
    int start = p;
    Expr real = signedNumber();
    if (at(Tok.PLUS) || at(Tok.MINUS)) {
      Operator op = at(Tok.PLUS) ? Operator.Add : Operator.Sub;
      p++;
      if (!at(Tok.NUMBER)) {
        throw invalidSyntax();
      }
      Expr imag = atom();
      if (!(((Expr.Constant) imag).value() instanceof PyConstant.PyComplex)) {
        throw errorAtNode("imaginary number required in complex literal", imag);
      }
      return new Expr.BinOp(real, op, imag, rangeFrom(start));
    }
    return real;
  }

  private Expr signedNumber() {
    int start = p;
    if (accept(Tok.MINUS)) {
      if (!at(Tok.NUMBER)) {
        throw invalidSyntax();
      }
      Expr number = atom();
      return new Expr.UnaryOp(UnaryOperator.USub, number, rangeFrom(start));
    }
    if (!at(Tok.NUMBER)) {
      throw invalidSyntax();
    }
    return atom();
  }

  private Pattern namePattern() {
    int start = p;
    Expr value = new Expr.Name(name(p), ExprContext.Load, rangeOf(p));
    p++;
    boolean dotted = false;
    while (at(Tok.DOT)) {
      p++;
      if (!at(Tok.NAME)) {
        throw invalidSyntax();
      }
      p++;
      value = new Expr.Attribute(value, name(p - 1), ExprContext.Load, rangeFrom(start));
      dotted = true;
    }
    if (at(Tok.LPAR)) {
      return classPattern(value, start);
    }
    if (dotted) {
      return new Pattern.MatchValue(value, value.range());
    }
    String id = ((Expr.Name) value).id();
    return new Pattern.MatchAs(null, id.equals("_") ? null : id, rangeOf(start));
  }

  private Pattern classPattern(Expr cls, int start) {
    expect(Tok.LPAR);
    List<Pattern> patterns = list();
    List<String> kwdAttrs = list();
    List<Pattern> kwdPatterns = list();
    while (!at(Tok.RPAR)) {
      if (at(Tok.NAME) && kindAt(1) == Tok.EQUAL) {
        kwdAttrs.add(name(p));
        p += 2;
        kwdPatterns.add(pattern());
      } else {
        Pattern positional = pattern();
        if (!kwdAttrs.isEmpty()) {
          throw errorAtNode("positional patterns follow keyword patterns", positional);
        }
        patterns.add(positional);
      }
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    expect(Tok.RPAR);
    return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, rangeFrom(start));
  }

  private Pattern groupOrSequence() {
    int open = p++;
    if (accept(Tok.RPAR)) {
      return new Pattern.MatchSequence(list(), rangeFrom(open));
    }
    Pattern first = maybeStarPattern();
    if (at(Tok.COMMA)) {
      List<Pattern> items = list(first);
      while (accept(Tok.COMMA)) {
        if (at(Tok.RPAR)) {
          break;
        }
        items.add(maybeStarPattern());
      }
      expect(Tok.RPAR);
      return new Pattern.MatchSequence(items, rangeFrom(open));
    }
    expect(Tok.RPAR);
    if (first instanceof Pattern.MatchStar) {
      return new Pattern.MatchSequence(list(first), rangeFrom(open));
    }
    return first;
  }

  private Pattern mappingPattern() {
    int open = p++;
    List<Expr> keys = list();
    List<Pattern> values = list();
    String rest = null;
    while (!at(Tok.RBRACE)) {
      if (accept(Tok.DOUBLESTAR)) {
        if (!at(Tok.NAME)) {
          throw invalidSyntax();
        }
        rest = name(p++);
        accept(Tok.COMMA);
        break;
      }
      keys.add(mappingKey());
      expect(Tok.COLON);
      values.add(pattern());
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    expect(Tok.RBRACE);
    return new Pattern.MatchMapping(keys, values, rest, rangeFrom(open));
  }

  private Expr mappingKey() {
    int start = p;
    switch (kind()) {
      case Tok.NUMBER, Tok.MINUS -> {
        return numberPatternValue();
      }
      case Tok.STRING, Tok.FSTRING_START -> {
        return strings();
      }
      case Tok.KW_NONE, Tok.KW_TRUE, Tok.KW_FALSE -> {
        return atom();
      }
      case Tok.NAME -> {
        Expr value = new Expr.Name(name(p), ExprContext.Load, rangeOf(p));
        p++;
        if (!at(Tok.DOT)) {
          throw invalidSyntax();
        }
        while (accept(Tok.DOT)) {
          if (!at(Tok.NAME)) {
            throw invalidSyntax();
          }
          p++;
          value = new Expr.Attribute(value, name(p - 1), ExprContext.Load, rangeFrom(start));
        }
        return value;
      }
      default -> throw invalidSyntax();
    }
  }
}
