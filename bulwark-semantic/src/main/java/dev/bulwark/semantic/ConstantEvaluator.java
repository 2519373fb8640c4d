package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds expressions whose value is known before the program runs: literals, names bound once to
 * such a value, string concatenation, f-strings, {@code %} and {@code .format} with constant parts,
 * and integer arithmetic. Anything else is unknown (null), never guessed.
 */
final class ConstantEvaluator {

  private static final int MAX_DEPTH = 16;
  private final SemanticModel model;

  ConstantEvaluator(SemanticModel model) {
    this.model = model;
  }

  PyConstant value(Expr e, Scope scope) {
    return value(e, scope, 0);
  }

  String string(Expr e, Scope scope) {
    PyConstant v = value(e, scope, 0);
    return v instanceof PyConstant.PyStr s ? s.value() : null;
  }

  private PyConstant value(Expr e, Scope scope, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return null;
    }
    if (e instanceof Expr.Constant c) {
      return c.value();
    }
    if (e instanceof Expr.Name n) {
      return model.boundValue(n.id(), scope).map(b -> value(b.value(), b.scope(), depth + 1)).orElse(null);
    }
    if (e instanceof Expr.JoinedStr j) {
      StringBuilder sb = new StringBuilder();
      for (Expr part : j.values()) {
        String s = part instanceof Expr.FormattedValue f ? formatted(f, scope, depth) : text(value(part, scope, depth + 1));
        if (s == null) {
          return null;
        }
        sb.append(s);
      }
      return new PyConstant.PyStr(sb.toString());
    }
    if (e instanceof Expr.BinOp b) {
      return binOp(b, scope, depth);
    }
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub
        && value(u.operand(), scope, depth + 1) instanceof PyConstant.PyInt i) {
      return new PyConstant.PyInt(i.value().negate());
    }
    if (e instanceof Expr.Call call && call.func() instanceof Expr.Attribute a && a.attr().equals("format")
        && call.keywords().isEmpty()) {
      String format = string(a.value(), scope, depth);
      return format == null ? null : format(format, call.args(), scope, depth);
    }
    return null;
  }

  private String string(Expr e, Scope scope, int depth) {
    return value(e, scope, depth + 1) instanceof PyConstant.PyStr s ? s.value() : null;
  }

  private String formatted(Expr.FormattedValue f, Scope scope, int depth) {
    if (f.formatSpec() != null || f.conversion() != -1) {
      return null;
    }
    return text(value(f.value(), scope, depth + 1));
  }

  /** str() of a constant, for the kinds whose text we know exactly. */
  private static String text(PyConstant c) {
    if (c instanceof PyConstant.PyStr s) {
      return s.value();
    }
    if (c instanceof PyConstant.PyInt i) {
      return i.value().toString();
    }
    if (c instanceof PyConstant.PyBool || c instanceof PyConstant.PyNone) {
      return c.repr();
    }
    return null;
  }

  private PyConstant binOp(Expr.BinOp b, Scope scope, int depth) {
    PyConstant left = value(b.left(), scope, depth + 1);
    if (left == null) {
      return null;
    }
    if (b.op() == Operator.Mod && left instanceof PyConstant.PyStr format) {
      return percent(format.value(), b.right(), scope, depth);
    }
    PyConstant right = value(b.right(), scope, depth + 1);
    if (right == null) {
      return null;
    }
    if (left instanceof PyConstant.PyStr l && right instanceof PyConstant.PyStr r && b.op() == Operator.Add) {
      return new PyConstant.PyStr(l.value() + r.value());
    }
    if (left instanceof PyConstant.PyInt l && right instanceof PyConstant.PyInt r) {
      BigInteger x = l.value();
      BigInteger y = r.value();
      return switch (b.op()) {
        case Add -> new PyConstant.PyInt(x.add(y));
        case Sub -> new PyConstant.PyInt(x.subtract(y));
        case Mult -> new PyConstant.PyInt(x.multiply(y));
        case Pow -> y.signum() >= 0 && y.bitLength() < 16 ? new PyConstant.PyInt(x.pow(y.intValue())) : null;
        case LShift -> y.signum() >= 0 && y.bitLength() < 16 ? new PyConstant.PyInt(x.shiftLeft(y.intValue())) : null;
        case BitOr -> new PyConstant.PyInt(x.or(y));
        case BitAnd -> new PyConstant.PyInt(x.and(y));
        default -> null;
      };
    }
    return null;
  }

  /** {@code "..." % args} for the plain {@code %s}/{@code %d}/{@code %%} conversions. */
  private PyConstant percent(String format, Expr args, Scope scope, int depth) {
    List<Expr> items = args instanceof Expr.Tuple t ? t.elts() : List.of(args);
    StringBuilder sb = new StringBuilder();
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      if (i + 1 >= format.length()) {
        return null;
      }
      char conv = format.charAt(++i);
      if (conv == '%') {
        sb.append('%');
      } else if ((conv == 's' || conv == 'd') && next < items.size()) {
        String s = text(value(items.get(next++), scope, depth + 1));
        if (s == null) {
          return null;
        }
        sb.append(s);
      } else {
        return null;
      }
    }
    return next == items.size() ? new PyConstant.PyStr(sb.toString()) : null;
  }

  /** {@code "...".format(args)} for {@code {}} and {@code {0}} fields without specs. */
  private PyConstant format(String format, List<Expr> args, Scope scope, int depth) {
    List<String> values = new ArrayList<>();
    for (Expr a : args) {
      String s = text(value(a, scope, depth + 1));
      if (s == null) {
        return null;
      }
      values.add(s);
    }
    StringBuilder sb = new StringBuilder();
    int auto = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < format.length() && format.charAt(i + 1) == c) {
        sb.append(c);
        i++;
      } else if (c == '{') {
        int close = format.indexOf('}', i);
        if (close < 0) {
          return null;
        }
        String field = format.substring(i + 1, close);
        int index;
        if (field.isEmpty()) {
          index = auto++;
        } else if (field.chars().allMatch(Character::isDigit) && field.length() < 4) {
          index = Integer.parseInt(field);
        } else {
          return null;
        }
        if (index >= values.size()) {
          return null;
        }
        sb.append(values.get(index));
        i = close;
      } else if (c == '}') {
        return null;
      } else {
        sb.append(c);
      }
    }
    return new PyConstant.PyStr(sb.toString());
  }
}
