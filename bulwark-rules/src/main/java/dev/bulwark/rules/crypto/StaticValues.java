package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression yields the same bytes (or text) on every run: the shape of a hard-coded
 * key or a fixed IV. Goes further than constant folding, because such values are usually built:
 * {@code b"\0" * 16}, {@code bytes(16)}, {@code bytes.fromhex("...")}, {@code "...".encode()},
 * {@code hashlib.sha256(b"passphrase").digest()}.
 */
final class StaticValues {
  private StaticValues() {}

  private static final int MAX_DEPTH = 8;
  private static final List<String> BYTES_TYPES = List.of("builtins.bytes", "builtins.bytearray");
  /** Functions that turn fixed input into fixed output. */
  private static final List<String> PURE_CODECS = List.of("builtins.bytes.fromhex", "builtins.bytearray.fromhex",
      "base64.b64decode", "base64.b64encode", "base64.urlsafe_b64decode", "base64.urlsafe_b64encode",
      "base64.b16decode", "base64.b32decode", "base64.standard_b64decode", "binascii.unhexlify",
      "binascii.a2b_hex", "binascii.a2b_base64", "codecs.decode", "codecs.encode");
  private static final Set<String> PURE_METHODS = Set.of("encode", "decode", "digest", "hexdigest", "ljust",
      "rjust", "zfill", "upper", "lower", "strip");

  static boolean isStatic(SemanticModel model, Scope scope, Expr e) {
    return isStatic(model, scope, e, 0);
  }

  /** A static value of all zero bytes or zero characters, if it is one: the classic "no IV at all". */
  static boolean isZeroFilled(SemanticModel model, Scope scope, Expr e) {
    Optional<PyConstant> c = model.constant(e, scope);
    if (c.isPresent() && c.get() instanceof PyConstant.PyBytes b) {
      for (byte x : b.value()) {
        if (x != 0) {
          return false;
        }
      }
      return true;
    }
    return e instanceof Expr.Call call && Resolver.isAnyOf(model, scope, call.func(), BYTES_TYPES)
        && call.args().size() == 1 && model.constant(call.args().get(0), scope)
            .filter(v -> v instanceof PyConstant.PyInt).isPresent();
  }

  private static boolean isStatic(SemanticModel model, Scope scope, Expr e, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return false;
    }
    Optional<PyConstant> c = model.constant(e, scope);
    if (c.isPresent()) {
      return c.get() instanceof PyConstant.PyBytes || c.get() instanceof PyConstant.PyStr;
    }
    if (e instanceof Expr.Name) {
      Optional<Resolver.Bound> bound = Resolver.singleAssignment(model, scope, e);
      return bound.isPresent() && isStatic(model, bound.get().scope(), bound.get().expr(), depth + 1);
    }
    if (e instanceof Expr.BinOp b) {
      return binOp(model, scope, b, depth);
    }
    if (e instanceof Expr.List l) {
      return allIntConstants(model, scope, l.elts());
    }
    if (e instanceof Expr.Tuple t) {
      return allIntConstants(model, scope, t.elts());
    }
    if (e instanceof Expr.Call call) {
      return call(model, scope, call, depth);
    }
    return false;
  }

  private static boolean binOp(SemanticModel model, Scope scope, Expr.BinOp b, int depth) {
    if (b.op() == Operator.Mult) {
      return (isStatic(model, scope, b.left(), depth + 1) && isInt(model, scope, b.right()))
          || (isInt(model, scope, b.left()) && isStatic(model, scope, b.right(), depth + 1));
    }
    if (b.op() == Operator.Add) {
      return isStatic(model, scope, b.left(), depth + 1) && isStatic(model, scope, b.right(), depth + 1);
    }
    return false;
  }

  private static boolean call(SemanticModel model, Scope scope, Expr.Call call, int depth) {
    if (!call.keywords().isEmpty() && !(call.func() instanceof Expr.Attribute)) {
      return false;
    }
    if (Resolver.isAnyOf(model, scope, call.func(), BYTES_TYPES)) {
      // bytes(16), bytes([0] * 16), bytes("text", "utf-8")
      return !call.args().isEmpty() && (isInt(model, scope, call.args().get(0))
          || isStatic(model, scope, call.args().get(0), depth + 1));
    }
    if (Resolver.isAnyOf(model, scope, call.func(), PURE_CODECS)) {
      return !call.args().isEmpty() && isStatic(model, scope, call.args().get(0), depth + 1);
    }
    if (isHashConstructor(model, scope, call)) {
      return !call.args().isEmpty() && isStatic(model, scope, call.args().get(0), depth + 1);
    }
    if (call.func() instanceof Expr.Attribute a && PURE_METHODS.contains(a.attr())) {
      return isStatic(model, scope, a.value(), depth + 1);
    }
    return false;
  }

  /** A hash object made by {@code hashlib} from its first argument; its digest is static when that is. */
  private static boolean isHashConstructor(SemanticModel model, Scope scope, Expr.Call call) {
    for (String name : Resolver.candidates(model, scope, call.func())) {
      // new(), pbkdf2_hmac() and scrypt() take the algorithm or other parameters first
      if (name.startsWith("hashlib.") && !name.equals("hashlib.new") && !name.startsWith("hashlib.pbkdf2")
          && !name.equals("hashlib.scrypt")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInt(SemanticModel model, Scope scope, Expr e) {
    return model.constant(e, scope).filter(v -> v instanceof PyConstant.PyInt).isPresent();
  }

  private static boolean allIntConstants(SemanticModel model, Scope scope, List<Expr> elements) {
    for (Expr x : elements) {
      if (!isInt(model, scope, x)) {
        return false;
      }
    }
    return true;
  }
}
