package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Works out a permission mode written with octal literals and the {@code stat.S_I*} names, e.g.
 * {@code stat.S_IRWXU | stat.S_IRWXO}. The general constant folder does not know the values of
 * the {@code stat} module, which is how most careful code spells modes.
 */
final class FileModes {
  private FileModes() {}

  /** Group may write. */
  static final int GROUP_WRITE = 0020;
  /** Others may write. */
  static final int OTHER_WRITE = 0002;
  /** Group or others may execute (or search, for a directory). */
  static final int GROUP_OTHER_EXECUTE = 0011;

  private static final int MAX_DEPTH = 8;

  private static final Map<String, Integer> STAT = Map.ofEntries(
      Map.entry("stat.S_ISUID", 04000), Map.entry("stat.S_ISGID", 02000), Map.entry("stat.S_ISVTX", 01000),
      Map.entry("stat.S_IRWXU", 0700), Map.entry("stat.S_IRUSR", 0400), Map.entry("stat.S_IWUSR", 0200),
      Map.entry("stat.S_IXUSR", 0100), Map.entry("stat.S_IREAD", 0400), Map.entry("stat.S_IWRITE", 0200),
      Map.entry("stat.S_IEXEC", 0100), Map.entry("stat.S_IRWXG", 0070), Map.entry("stat.S_IRGRP", 0040),
      Map.entry("stat.S_IWGRP", 0020), Map.entry("stat.S_IXGRP", 0010), Map.entry("stat.S_IRWXO", 0007),
      Map.entry("stat.S_IROTH", 0004), Map.entry("stat.S_IWOTH", 0002), Map.entry("stat.S_IXOTH", 0001));

  /** The mode a call passes ({@code context.argument(call, "mode")}), when it is known before the program runs. */
  static OptionalInt of(Optional<Expr> mode, RuleContext context) {
    return mode.isPresent() ? mode(mode.get(), context) : OptionalInt.empty();
  }

  /** The mode {@code e} stands for, when it is known before the program runs. */
  static OptionalInt mode(Expr e, RuleContext context) {
    Integer v = value(e, context.scope(), context, 0);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  private static Integer value(Expr e, Scope scope, RuleContext context, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return null;
    }
    Optional<PyConstant> c = context.model().constant(e, scope);
    if (c.isPresent()) {
      return c.get() instanceof PyConstant.PyInt i && i.value().bitLength() < 31 ? i.value().intValue() : null;
    }
    Optional<String> q = context.model().qualifiedName(e, scope);
    if (q.isPresent() && STAT.containsKey(q.get())) {
      return STAT.get(q.get());
    }
    if (e instanceof Expr.BinOp b) {
      Integer l = value(b.left(), scope, context, depth + 1);
      Integer r = value(b.right(), scope, context, depth + 1);
      if (l == null || r == null) {
        return null;
      }
      if (b.op() == Operator.BitOr || b.op() == Operator.Add) {
        return b.op() == Operator.BitOr ? l | r : l + r;
      }
      return b.op() == Operator.BitAnd ? l & r : null;
    }
    if (e instanceof Expr.Name n) {
      // a name bound once to a mix of stat names and literals, e.g. MODE = stat.S_IRWXU | 0005
      Scope where = context.model().lookup(n.id(), scope);
      List<Binding> bs = where == null ? List.of() : where.bindings(n.id());
      if (bs.size() == 1 && bs.get(0) instanceof Binding.Assignment a && a.value() != null) {
        return value(a.value(), where, context, depth + 1);
      }
    }
    return null;
  }

  /** The mode as Python writes it, e.g. {@code 0777}, for messages. */
  static String octal(int mode) {
    return String.format("0o%03o", mode);
  }
}
