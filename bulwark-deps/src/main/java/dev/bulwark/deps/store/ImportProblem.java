package dev.bulwark.deps.store;

/** One entry of the input that could not be stored, and why: the import goes on without it. */
public record ImportProblem(String where, String message) {

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
