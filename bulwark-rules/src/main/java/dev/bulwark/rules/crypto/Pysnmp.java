package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * pysnmp re-exports its classes from many modules ({@code pysnmp.hlapi}, {@code pysnmp.hlapi.v3arch.asyncio},
 * the old {@code cmdgen} one-liner API, ...), so its names are matched by package and last part.
 */
final class Pysnmp {
  private Pysnmp() {}

  /** The SNMP rules find nothing in a file that imports nothing from pysnmp. */
  static final Set<String> ROOTS = Set.of("pysnmp");

  /** The resolved name of {@code e} when it is a pysnmp object whose last part is one of {@code names}. */
  static Optional<String> named(RuleContext context, Expr e, Collection<String> names) {
    for (String candidate : Resolver.candidates(context, e)) {
      if (candidate.startsWith("pysnmp.") && names.contains(Constants.lastPart(candidate))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
