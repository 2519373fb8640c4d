package dev.bulwark.deps.audit;

import dev.bulwark.deps.requirement.Marker;
import dev.bulwark.deps.requirement.MarkerEnvironment;

/**
 * Whether a dependency's PEP 508 marker holds in the environment being audited. The audit never
 * drops a package whose marker is false: it lists it as not applicable.
 */
@FunctionalInterface
public interface MarkerFilter {

  /** What a marker says about the target environment. */
  enum Verdict {
    APPLIES,
    NOT_APPLICABLE,
    /** The marker could not be evaluated (bad syntax, unknown variable): audit the package and say so. */
    UNKNOWN
  }

  /** Every package applies: the {@code --all-environments} view. */
  MarkerFilter ALL_ENVIRONMENTS = marker -> Verdict.APPLIES;

  Verdict test(String marker);

  /** Evaluates markers in one target environment; a marker that does not parse or evaluate is unknown. */
  static MarkerFilter of(MarkerEnvironment environment) {
    return marker -> {
      try {
        return Marker.parse(marker).evaluate(environment) ? Verdict.APPLIES : Verdict.NOT_APPLICABLE;
      } catch (IllegalArgumentException e) { // RequirementSyntaxException and unknown variables
        return Verdict.UNKNOWN;
      }
    };
  }
}
