package dev.bulwark.python.conformance;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.SyntaxError;
import dev.bulwark.python.ast.AstDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Parses one file with Bulwark and judges the result against CPython's record of it. */
final class FileCheck {

  private FileCheck() {}

  static FileVerdict check(ReferenceRecord ref) {
    String path = ref.path();
    if ("OSError".equals(ref.errorType())) {
      return skipped(path, "CPython could not read it: " + ref.message());
    }
    if (ref.ok() && ref.dump() == null) {
      return skipped(path, "CPython parsed it but ast.dump failed: " + ref.dumpError());
    }
    byte[] source;
    try {
      source = Files.readAllBytes(Paths.get(path));
    } catch (IOException | InvalidPathException e) {
      return skipped(path, "unreadable here: " + e);
    }
    long started = System.nanoTime();
    ParseResult result;
    String ours = null;
    try {
      result = PythonParser.parse(source, path);
      if (result.ok()) {
        ours = AstDump.dump(result.module());
      }
    } catch (Throwable t) { // StackOverflowError included: the parser must never throw
      return new FileVerdict(path, FileVerdict.Kind.MISMATCH, "Bulwark threw " + describe(t), false, System.nanoTime() - started);
    }
    long nanos = System.nanoTime() - started;
    return ref.ok() ? judgeAccepted(ref, result, ours, nanos) : judgeRejected(ref, result, nanos);
  }

  private static FileVerdict judgeAccepted(ReferenceRecord ref, ParseResult result, String ours, long nanos) {
    if (!result.ok()) {
      return mismatch(ref.path(), "CPython accepts; Bulwark rejects: " + format(result.error().get()), nanos);
    }
    if (ours.equals(ref.dump())) {
      return new FileVerdict(ref.path(), FileVerdict.Kind.IDENTICAL, "", false, nanos);
    }
    return mismatch(ref.path(), DumpDiff.describe(ref.dump(), ours), nanos);
  }

  private static FileVerdict judgeRejected(ReferenceRecord ref, ParseResult result, long nanos) {
    if (result.ok()) {
      return mismatch(ref.path(), "CPython rejects (" + ref.describeError() + "); Bulwark accepts", nanos);
    }
    SyntaxError ours = result.error().get();
    // CPython gives no line for some rejections (null bytes); the verdict alone must agree then.
    if (ref.line() != null && ref.line() != ours.line()) {
      return mismatch(ref.path(), "both reject, on different lines: CPython " + ref.describeError()
          + "; Bulwark " + format(ours), nanos);
    }
    boolean sameMessage = Objects.equals(ref.message(), ours.message()) && Objects.equals(ref.errorType(), ours.kind());
    return new FileVerdict(ref.path(), FileVerdict.Kind.REJECTED_SAME_LINE, sameMessage ? "" : "CPython " + ref.describeError()
        + "; Bulwark " + format(ours), sameMessage, nanos);
  }

  private static String format(SyntaxError e) {
    return e.kind() + " at " + e.line() + ":" + e.column() + ": " + e.message();
  }

  private static String describe(Throwable t) {
    String frames = Arrays.stream(t.getStackTrace()).limit(6).map(f -> "\n        at " + f).collect(Collectors.joining());
    return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage()) + frames;
  }

  private static FileVerdict skipped(String path, String why) {
    return new FileVerdict(path, FileVerdict.Kind.SKIPPED, why, false, 0);
  }

  private static FileVerdict mismatch(String path, String detail, long nanos) {
    return new FileVerdict(path, FileVerdict.Kind.MISMATCH, detail, false, nanos);
  }
}
