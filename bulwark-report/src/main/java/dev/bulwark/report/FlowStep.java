package dev.bulwark.report;

import java.util.Objects;

/**
 * One step of a taint path: where tainted data is at that point and what happens to it there
 * (e.g. "request.args read here", "passed to run_query", "reaches cursor.execute").
 *
 * @param location where the step is
 * @param message what happens there, in one short phrase
 */
public record FlowStep(Location location, String message) {
  public FlowStep {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }
}
