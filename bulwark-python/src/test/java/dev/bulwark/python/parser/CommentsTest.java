package dev.bulwark.python.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.Comment;
import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.TextRange;
import org.junit.jupiter.api.Test;

/** Comments are kept beside the tree, with CPython-style positions, for suppressions and pragmas. */
class CommentsTest {

  @Test
  void everyCommentIsKeptInOrderWithItsPosition() {
    ParseResult r = PythonParser.parseText("""
        # first
        x = 1  # nosec B105
        def f():
            # inside, indented
            return "# not a comment"
        s = f'{x  # in a field
        }'
        """, "t.py");
    assertThat(r.ok()).isTrue();
    assertThat(r.comments()).extracting(Comment::text)
        .containsExactly("# first", "# nosec B105", "# inside, indented", "# in a field");
    assertThat(r.comments().get(1).range()).isEqualTo(new TextRange(2, 7, 2, 19));
    assertThat(r.comments().get(2).range()).isEqualTo(new TextRange(4, 4, 4, 22));
  }

  @Test
  void columnsCountUtf8Bytes() {
    ParseResult r = PythonParser.parseText("é = 1 # ü\n", "t.py");
    assertThat(r.comments().get(0).range()).isEqualTo(new TextRange(1, 7, 1, 11));
  }

  @Test
  void commentsSurviveInFilesThatDoNotParse() {
    ParseResult r = PythonParser.parseText("# bulwark: ignore\nx = (\n", "t.py");
    assertThat(r.ok()).isFalse();
    assertThat(r.comments()).extracting(Comment::text).containsExactly("# bulwark: ignore");
  }
}
