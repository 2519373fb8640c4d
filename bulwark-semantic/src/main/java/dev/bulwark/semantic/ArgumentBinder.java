package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.semantic.Parameter.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a call's arguments onto a signature by CPython's rules: positional arguments fill the
 * positional parameters in order and the rest go to {@code *args}; a {@code *iterable} makes every
 * later position unknowable; keywords bind by name, except to positional-only parameters, and the
 * rest go to {@code **kwargs}; a {@code **mapping} may hold any keyword.
 */
final class ArgumentBinder {
  private ArgumentBinder() {}

  /** How deep {@code => target} chains are followed; the table refuses cycles, this guards the rest. */
  private static final int MAX_FORWARDS = 8;

  static BoundArguments bind(Signature signature, List<Expr> args, List<Keyword> keywords) {
    return bind(signature, args, keywords, 0);
  }

  private static BoundArguments bind(Signature signature, List<Expr> args, List<Keyword> keywords, int depth) {
    List<Parameter> parameters = signature.parameters();
    int[] slots = signature.positionalSlots();
    Expr[] values = new Expr[parameters.size()];
    String error = null;

    int unpackedFrom = -1;
    int passedOn = args.size();
    for (int i = 0; i < args.size(); i++) {
      Expr a = args.get(i);
      if (a instanceof Expr.Starred) {
        // this and every later position are unknowable; *args may receive any of them
        unpackedFrom = Math.min(i, slots.length);
        passedOn = unpackedFrom;
        break;
      }
      if (i < slots.length) {
        values[slots[i]] = a;
      } else if (signature.varPositionalIndex() >= 0) {
        passedOn = Math.min(passedOn, i);
      } else if (error == null) {
        error = "takes at most " + slots.length + " positional argument" + (slots.length == 1 ? "" : "s") + " but "
            + args.size() + " were given";
      }
    }
    if (unpackedFrom < 0) {
      passedOn = Math.min(passedOn, slots.length);
    }
    if (unpackedFrom >= 0 && unpackedFrom >= slots.length) {
      unpackedFrom = -1; // the unpacking reaches *args only; every slot was filled before it
    }

    boolean keywordUnpacking = false;
    Map<String, Expr> extra = Map.of();
    List<Keyword> passedKeywords = new ArrayList<>();
    for (Keyword k : keywords) {
      if (k.arg() == null) {
        keywordUnpacking = true;
        passedKeywords.add(k);
        continue;
      }
      int i = signature.indexOf(k.arg());
      Kind kind = i < 0 ? null : parameters.get(i).kind();
      if (kind != null && kind.takesKeyword()) {
        if (values[i] != null) {
          error = first(error, "parameter '" + k.arg() + "' given twice");
        } else {
          values[i] = k.value();
        }
      } else if (signature.varKeywordIndex() >= 0 || signature.isPartial() && kind == null) {
        if (extra.isEmpty()) {
          extra = new HashMap<>();
        }
        if (extra.put(k.arg(), k.value()) != null) {
          error = first(error, "keyword '" + k.arg() + "' given twice");
        }
        if (signature.varKeywordIndex() >= 0) {
          passedKeywords.add(k);
        }
      } else if (kind == Kind.POSITIONAL_ONLY) {
        error = first(error, "positional-only parameter '" + k.arg() + "' given by keyword");
      } else {
        error = first(error, "no parameter '" + k.arg() + "'");
      }
    }

    BoundArguments forwarded = null;
    // a method receives what is passed on through an instance, so without its self
    Signature target = signature.forwardsTo().map(Signature::boundMethod).orElse(null);
    if (target != null && depth < MAX_FORWARDS) {
      List<Expr> passedArgs = signature.varPositionalIndex() >= 0 ? args.subList(passedOn, args.size()) : List.of();
      List<Keyword> forwardedKeywords = signature.varKeywordIndex() >= 0 ? passedKeywords : List.of();
      forwarded = bind(target, passedArgs, forwardedKeywords, depth + 1);
      if (forwarded.isError()) {
        error = first(error, forwarded.error().orElse("") + " (passed on to " + target.name() + ")");
      }
    }
    return new BoundArguments(signature, values, unpackedFrom, keywordUnpacking, extra, forwarded, error);
  }

  private static String first(String current, String next) {
    return current != null ? current : next;
  }
}
