package dev.bulwark.python.conformance;

/**
 * How Bulwark's parse of one file compares with CPython's.
 *
 * @param path the file
 * @param kind the class of outcome
 * @param detail what differs, for mismatches; why, for skips; empty otherwise
 * @param sameMessage for two rejections: whether the messages are identical too
 * @param nanos time spent in Bulwark's parser and dumper
 */
record FileVerdict(String path, Kind kind, String detail, boolean sameMessage, long nanos) {

  enum Kind {
    /** Both accept and the dumps are equal. */
    IDENTICAL,
    /** Both reject, on the same line. */
    REJECTED_SAME_LINE,
    /** CPython gave nothing to compare with (unreadable file, or a tree too deep for ast.dump). */
    SKIPPED,
    /** Anything else: a different tree, a different verdict, a different line, or a crash. */
    MISMATCH
  }
}
