package dev.bulwark.cli;

import dev.bulwark.report.SourceLines;
import dev.bulwark.secrets.Masking;
import dev.bulwark.secrets.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the scanned files hold secrets, so that no report prints one: every format shows source
 * lines next to findings (text, HTML, SARIF snippets, JUnit), and a line with a secret is shown
 * with the secret masked. Every secret found counts, also one that is suppressed, allow-listed or
 * below the thresholds: it may still be a line of context around another finding. Filled by the
 * scan's workers, read by the reports at the end.
 */
final class Redactions {
  private final Map<String, List<Span>> byPath = new ConcurrentHashMap<>();

  /** Records the secret spans of a file (by its shown path). */
  void add(String path, List<Span> spans) {
    if (!spans.isEmpty()) {
      byPath.computeIfAbsent(path, k -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(spans);
    }
  }

  boolean isEmpty() {
    return byPath.isEmpty();
  }

  /** {@code lines} with every recorded secret masked. */
  SourceLines mask(SourceLines lines) {
    return path -> {
      Optional<List<String>> text = lines.lines(path);
      List<Span> spans = byPath.get(path);
      if (text.isEmpty() || spans == null) {
        return text;
      }
      List<String> out = new ArrayList<>(text.get());
      synchronized (spans) {
        for (Span s : spans) {
          if (s.line() >= 1 && s.line() <= out.size()) {
            out.set(s.line() - 1, Masking.redact(out.get(s.line() - 1), s.start(), s.end()));
          }
        }
      }
      return Optional.of(List.copyOf(out));
    };
  }
}
