package dev.bulwark.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.bulwark.python.ast.AstDump;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input an attacker or a broken tool could hand us. The parser must come back from each with a
 * tree or a clean error, never an exception (StackOverflowError above all). Where CPython 3.13's
 * {@code ast.parse} rejects with a SyntaxError, kind and line must agree; where it gives up with
 * MemoryError or RecursionError instead, either outcome is fine as long as nothing is thrown.
 * The CPython facts in the comments were taken once from CPython 3.13.0.
 *
 * <p>The timeouts only stop a hung parser from holding up CI; they are not performance bounds.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HostileInputTest {

  private static final int DEEP = 100_000;

  @Test
  void randomBinaryWithNulBytes() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    noise[100] = 0;
    noise[2000] = 0;
    // CPython: SyntaxError "source code string cannot contain null bytes", no line.
    assertThat(rejected(noise).kind()).isEqualTo("SyntaxError");
  }

  @Test
  void nulByteInOtherwiseValidSource() {
    // CPython ast.parse: "source code string cannot contain null bytes"; running the file says
    // "source code cannot contain null bytes". Either wording names the null bytes.
    SyntaxError e = rejected(ascii("x = 1\ny = 2\0\n"));
    assertThat(e.kind()).isEqualTo("SyntaxError");
    assertThat(e.message()).contains("null bytes");
  }

  @Test
  void invalidUtf8InAString() {
    // CPython: SyntaxError at 2:5, "(unicode error) 'utf-8' codec can't decode byte 0xc3 ...".
    byte[] src = bytes("x = 1\ny = \"", new byte[] {(byte) 0xc3, 0x28}, "\"\n");
    assertRejected(src, "SyntaxError", 2);
  }

  @Test
  void invalidUtf8InACommentIsAcceptedByAstParse() {
    // CPython's ast.parse checks UTF-8 per token, and comments are never decoded: it accepts this
    // file with one statement (running it as a script would not).
    ParseResult r = parse(bytes("x = 1\n# ", new byte[] {(byte) 0xff}, "\n"));
    assertThat(r.error()).isEmpty();
    assertThat(r.module().body()).hasSize(1);
  }

  @Test
  void hundredThousandNestedParentheses() {
    // CPython: SyntaxError 1:201 "too many nested parentheses" (its limit is 200 levels).
    assertRejected(ascii("(".repeat(DEEP) + "x" + ")".repeat(DEEP) + "\n"), "SyntaxError", 1, "too many nested parentheses");
    assertRejected(ascii("[".repeat(DEEP) + "]".repeat(DEEP) + "\n"), "SyntaxError", 1, "too many nested parentheses");
    assertRejected(ascii("{1:".repeat(DEEP) + "1" + "}".repeat(DEEP) + "\n"), "SyntaxError", 1, "too many nested parentheses");
    assertRejected(ascii("(".repeat(DEEP) + "\n"), "SyntaxError", 1, "too many nested parentheses");
  }

  @Test
  void twoHundredNestedParenthesesAreStillFine() {
    ParseResult r = parse(ascii("(".repeat(200) + "x" + ")".repeat(200) + "\n"));
    assertThat(r.error()).isEmpty();
  }

  @Test
  void deeplyNestedRightOperand() {
    // a+(a+(a+... : CPython SyntaxError 1:603 "too many nested parentheses".
    assertRejected(ascii("a+(".repeat(DEEP) + "a" + ")".repeat(DEEP) + "\n"), "SyntaxError", 1, "too many nested parentheses");
  }

  @Test
  void hundredThousandPrefixOperators() {
    // CPython gives up on each with MemoryError "Parser stack overflowed - Python source too
    // complex to parse": no SyntaxError to match, so only "returns cleanly" is required.
    parse(ascii("-".repeat(DEEP) + "x\n"));
    parse(ascii("~".repeat(DEEP) + "x\n"));
    parse(ascii("not ".repeat(DEEP) + "x\n"));
    parse(ascii("lambda: ".repeat(DEEP) + "x\n"));
    parse(ascii("x" + "**x".repeat(DEEP) + "\n"));
  }

  @Test
  void thousandPrefixOperatorsAreAccepted() {
    // CPython 3.13 accepts 1000 unary minus signs.
    ParseResult r = parse(ascii("-".repeat(1000) + "x\n"));
    assertThat(r.error()).isEmpty();
  }

  @Test
  void hundredThousandLongChains() {
    // CPython: RecursionError "maximum recursion depth exceeded during ast construction" for
    // each. A loop-built left-leaning tree is a fine answer too; throwing is not.
    parse(ascii("x" + "+x".repeat(DEEP) + "\n"));
    parse(ascii("x" + ".a".repeat(DEEP) + "\n"));
    parse(ascii("x" + "()".repeat(DEEP) + "\n"));
    parse(ascii("x" + "[0]".repeat(DEEP) + "\n"));
    parse(ascii("x = " + "1 + ".repeat(1_000_000) + "1\n"));
  }

  @Test
  void deepResultsCanBeWalkedAndDumped() {
    // Whatever tree a deep input gives must also survive the code that walks it.
    // CPython refuses it (RecursionError), so refusing is fine; accepting must not crash later.
    ParseResult r = parse(ascii("x" + "+x".repeat(DEEP) + "\n"));
    if (r.ok()) {
      assertDoesNotThrow(() -> AstDump.dump(r.module()), "dumping the accepted 100,000-deep tree");
    }
  }

  @Test
  void hundredThousandAdjacentStringsAreOneConstant() {
    // CPython accepts: one statement.
    ParseResult r = parse(ascii("x = " + "\"a\" ".repeat(DEEP) + "\n"));
    assertThat(r.error()).isEmpty();
    assertThat(r.module().body()).hasSize(1);
  }

  @Test
  void nestedIfBlocks() {
    // CPython: 99 levels parse; the 100th indent is IndentationError at the line that makes it,
    // "too many levels of indentation", whatever follows.
    assertThat(parse(ascii(nestedIfs(99))).error()).isEmpty();
    assertRejected(ascii(nestedIfs(100)), "IndentationError", 101, "too many levels of indentation");
    assertRejected(ascii(nestedIfs(1000)), "IndentationError", 101, "too many levels of indentation");
  }

  @Test
  void deeplyNestedFStrings() {
    // CPython: SyntaxError 1:449 "too many nested f-strings".
    assertRejected(ascii("f\"{".repeat(200) + "x" + "}\"".repeat(200) + "\n"), "SyntaxError", 1, "too many nested f-strings");
  }

  @Test
  void unterminatedStringsAtEndOfFile() {
    // CPython, for each with no final newline: 1:5.
    assertRejected(ascii("x = \"abc"), "SyntaxError", 1, "unterminated string literal (detected at line 1)");
    assertRejected(ascii("x = \"\"\"abc"), "SyntaxError", 1, "unterminated triple-quoted string literal (detected at line 1)");
    assertRejected(ascii("x = f\"abc{"), "SyntaxError", 1, "'{' was never closed");
    assertRejected(ascii("x = '''\n\n\n"), "SyntaxError", 1, "unterminated triple-quoted string literal (detected at line 3)");
  }

  @Test
  void backslashAtEndOfFile() {
    // CPython: 1:10 "unexpected EOF while parsing", with or without a final newline.
    assertRejected(ascii("x = 1 + \\"), "SyntaxError", 1, "unexpected EOF while parsing");
    assertRejected(ascii("x = 1 + \\\n"), "SyntaxError", 1, "unexpected EOF while parsing");
  }

  @Test
  void mixedTabsAndSpaces() {
    // Consistent under both tab sizes CPython tries (1 and 8): accepted.
    assertThat(parse(ascii("if x:\n\tif y:\n\t        pass\n")).error()).isEmpty();
    // Ambiguous: TabError at 3:1.
    assertRejected(ascii("if x:\n        a = 1\n\tb = 2\n"), "TabError", 3, "inconsistent use of tabs and spaces in indentation");
    // Dedent to a level that never was: IndentationError at 3:3.
    assertRejected(ascii("if x:\n  a\n b\n"), "IndentationError", 3, "unindent does not match any outer indentation level");
  }

  @Test
  void emptyishFiles() {
    for (String src : new String[] {"", "\n\n\n", "\ufeff", "# only a comment", "   \n\t\n"}) {
      ParseResult r = parse(src.getBytes(StandardCharsets.UTF_8));
      assertThat(r.error()).as("%s", src.replace("\n", "\\n")).isEmpty();
      assertThat(r.module().body()).isEmpty();
    }
  }

  @Test
  void decodedTextEntryPointNeverThrowsEither() {
    ParseResult r = assertDoesNotThrow(() -> PythonParser.parseText("(".repeat(DEEP) + "x" + ")".repeat(DEEP), "text.py"));
    assertThat(r.error()).isPresent();
    assertThat(r.error().get().message()).isEqualTo("too many nested parentheses");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void fiftyMegabyteFile() {
    GeneratedFile file = GeneratedFile.ofAtLeast(50 << 20);
    ParseResult r = parse(file.source());
    assertThat(r.error()).isEmpty();
    assertThat(r.module().body()).hasSize(file.statements());
  }

  /** A large file of varied statements; counts its own top-level statements. */
  private record GeneratedFile(byte[] source, int statements) {

    static GeneratedFile ofAtLeast(int size) {
      StringBuilder src = new StringBuilder(size + 4096);
      int statements = 0;
      for (int i = 0; src.length() < size; i++) {
        if (i % 1000 == 0) {
          src.append("def f_").append(i).append("(a, b=1, *c, key=None, **d):\n")
              .append("    \"\"\"Generated helper.\"\"\"\n")
              .append("    return [x * ").append(i).append(" for x in a if x] + [{'k': b, **d}]\n\n");
          statements++;
        }
        src.append("value_").append(i).append(" = f_").append(i - i % 1000)
            .append("((1, 2.5, \"text of a moderate length, repeated on every line\"), b=0x1F)")
            .append(" if flag and not other else {'key': [i, -i], 'name': f\"n{i!r:>8}\"}")
            .append("  # comment ").append(i).append('\n');
        statements++;
      }
      return new GeneratedFile(src.toString().getBytes(StandardCharsets.US_ASCII), statements);
    }
  }

  private static String nestedIfs(int depth) {
    StringBuilder src = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      src.append("    ".repeat(i)).append("if x:\n");
    }
    return src.append("    ".repeat(depth)).append("pass\n").toString();
  }

  private static ParseResult parse(byte[] source) {
    ParseResult r = assertDoesNotThrow(() -> PythonParser.parse(source, "hostile.py"));
    // Exactly one of tree and error, as ParseResult promises.
    assertThat(r.module() == null).as("a tree xor an error").isEqualTo(r.error().isPresent());
    return r;
  }

  private static SyntaxError rejected(byte[] source) {
    ParseResult r = parse(source);
    assertThat(r.error()).as("CPython rejects %s", describe(source)).isPresent();
    return r.error().get();
  }

  private static SyntaxError assertRejected(byte[] source, String kind, int line) {
    SyntaxError e = rejected(source);
    assertThat(e.kind()).as("kind for %s (%s)", describe(source), e.message()).isEqualTo(kind);
    assertThat(e.line()).as("line for %s (%s)", describe(source), e.message()).isEqualTo(line);
    return e;
  }

  private static void assertRejected(byte[] source, String kind, int line, String message) {
    assertThat(assertRejected(source, kind, line).message()).as("message for %s", describe(source)).isEqualTo(message);
  }

  /** The start of an input, printable, for failure messages. */
  private static String describe(byte[] source) {
    String head = new String(source, 0, Math.min(source.length, 24), StandardCharsets.ISO_8859_1);
    return source.length + " bytes starting " + head.replace("\n", "\\n").replace("\t", "\\t");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    byte[] a = ascii(before);
    byte[] c = ascii(after);
    byte[] out = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(middle, 0, out, a.length, middle.length);
    System.arraycopy(c, 0, out, a.length + middle.length, c.length);
    return out;
  }
}
