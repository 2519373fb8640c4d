package dev.bulwark.secrets;

import dev.bulwark.report.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds secrets in the text of a file. Immutable and thread-safe: one scanner serves every file of a
 * scan.
 *
 * <p>Each line is read once to see which detectors' literals it holds (a table indexed by the
 * first two characters of each literal); only those detectors then look at the line. Most lines of
 * code hold none, so the cost is close to one pass over the text.
 */
public final class SecretScanner {
  private static final int MAX_LINE_FOR_GENERIC = 4096;

  private final List<Detector> detectors;
  /** For each pair of ASCII characters, the (literal, detector index) pairs whose literal starts so. */
  private final Trigger[][] byFirstTwo = new Trigger[128 * 128][];
  private final int[] untriggered;
  /** The characters some literal starts with: most characters of a text are none of them. */
  private final boolean[] firstChars = new boolean[128];

  private record Trigger(String literal, int detector) {}

  /** A scanner with the given detectors (e.g. those a configuration selects). */
  public SecretScanner(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
    Map<Integer, List<Trigger>> index = new HashMap<>();
    List<Integer> always = new ArrayList<>();
    for (int i = 0; i < this.detectors.size(); i++) {
      List<String> triggers = this.detectors.get(i).finder().triggers();
      if (triggers.isEmpty()) {
        always.add(i);
      }
      for (String t : triggers) {
        index.computeIfAbsent(t.charAt(0) * 128 + t.charAt(1), k -> new ArrayList<>()).add(new Trigger(t, i));
      }
    }
    index.forEach((k, v) -> byFirstTwo[k] = v.toArray(new Trigger[0]));
    index.keySet().forEach(k -> firstChars[k / 128] = true);
    untriggered = always.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A scanner with every detector. */
  public static SecretScanner withAllDetectors() {
    return new SecretScanner(Detectors.all());
  }

  public List<Detector> detectors() {
    return detectors;
  }

  /**
   * The secrets in {@code text}, the content of the file at {@code path} (its name decides the kind
   * of file, see {@link FileKinds#of}), in line order.
   */
  public List<SecretFinding> scan(String path, String text) {
    return scan(path, text, f -> true);
  }

  /**
   * Like {@link #scan(String, String)}, keeping only findings whose fingerprint is not allow-listed.
   *
   * @param keep whether to keep a finding
   */
  public List<SecretFinding> scan(String path, String text, Predicate<SecretFinding> keep) {
    FileKinds.Kind kind = FileKinds.of(path);
    boolean test = FileKinds.isTestPath(path);
    List<Hit> hits = new ArrayList<>();
    List<Detector> hitBy = new ArrayList<>();
    boolean generic = kind != FileKinds.Kind.PYTHON && untriggered.length > 0;
    // One pass over the characters finds the literals (a literal never spans a line break) and
    // counts lines; the text is cut into lines only when some line needs a finder.
    char[] cs = text.toCharArray();
    int len = cs.length;
    boolean[] triggered = new boolean[detectors.size()];
    boolean any = false;
    Lines lines = null;
    int line = 0;
    for (int i = 0; i < len; i++) {
      char a = cs[i];
      if (a == '\n' || a == '\r') {
        if (any || generic) {
          lines = lines != null ? lines : new Lines(text);
          lineDone(lines, line, kind, triggered, hits, hitBy);
          java.util.Arrays.fill(triggered, false);
          any = false;
        }
        if (a == '\r' && i + 1 < len && cs[i + 1] == '\n') {
          i++;
        }
        line++;
      } else if (a < 128 && firstChars[a] && i + 1 < len) {
        char b = cs[i + 1];
        Trigger[] ts = b < 128 ? byFirstTwo[a * 128 + b] : null;
        if (ts != null) {
          for (Trigger t : ts) {
            if (!triggered[t.detector()] && text.startsWith(t.literal(), i)) {
              triggered[t.detector()] = true;
              any = true;
            }
          }
        }
      }
    }
    boolean lastLineOpen = len > 0 && cs[len - 1] != '\n' && cs[len - 1] != '\r';
    if (lastLineOpen && (any || generic)) {
      lines = lines != null ? lines : new Lines(text);
      lineDone(lines, line, kind, triggered, hits, hitBy);
    }
    return findings(hits, hitBy, test, keep);
  }

  private void lineDone(Lines lines, int li, FileKinds.Kind kind, boolean[] triggered, List<Hit> hits,
      List<Detector> hitBy) {
    int before = hits.size();
    for (int d = 0; d < triggered.length; d++) {
      if (triggered[d]) {
        Detector detector = detectors.get(d);
        detector.finder().find(lines, li, h -> {
          hits.add(h);
          hitBy.add(detector);
        });
      }
    }
    if (kind != FileKinds.Kind.PYTHON && lines.end(li) - lines.start(li) <= MAX_LINE_FOR_GENERIC
        && lines.end(li) - lines.start(li) >= 8) {
      generic(lines, li, kind, before, hits, hitBy);
    }
  }

  /** The generic detectors on one line, unless a token format has already claimed it. */
  private void generic(List<String> lines, int li, FileKinds.Kind kind, int before, List<Hit> hits,
      List<Detector> hitBy) {
    if (hits.size() > before) {
      return; // the provider's finding says more about this line
    }
    List<String> view = lines;
    int at = li;
    if (kind == FileKinds.Kind.NOTEBOOK) {
      String code = NotebookLines.codeOf(lines.get(li));
      if (code == null) {
        return;
      }
      view = List.of(code);
      at = 0;
    }
    for (int d : untriggered) {
      Detector detector = detectors.get(d);
      List<Hit> found = new ArrayList<>();
      Finder finder = detector.finder();
      if (kind == FileKinds.Kind.NOTEBOOK && finder instanceof KeyValueFinder kv) {
        finder = kv.forCode();
      }
      finder.find(view, at, found::add);
      for (Hit h : found) {
        hits.add(kind == FileKinds.Kind.NOTEBOOK ? NotebookLines.placeInRaw(h, lines.get(li), li + 1) : h);
        hitBy.add(detector);
      }
    }
  }

  private static List<SecretFinding> findings(List<Hit> hits, List<Detector> hitBy, boolean test,
      Predicate<SecretFinding> keep) {
    List<SecretFinding> out = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (!seen.add(h.at())) {
        continue; // two detectors on the very same characters: the first in the table wins
      }
      Detector d = hitBy.get(i);
      Severity severity = d.generic() && test ? Severity.LOW : d.severity();
      SecretFinding f = new SecretFinding(d, h.at(), Masking.mask(h.secret()), fingerprint(h.secret()), h.spans(),
          severity);
      if (keep.test(f)) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt((SecretFinding f) -> f.at().line()).thenComparingInt(f -> f.at().start())
        .thenComparing(f -> f.detector().id()));
    return out;
  }

  /** The first 16 hex digits of the secret's SHA-256. */
  public static String fingerprint(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Lines split at {@code \n}, {@code \r\n} and {@code \r}, as the reports number them. */
  static List<String> splitLines(String text) {
    return dev.bulwark.report.SourceLines.split(text);
  }

  /**
   * The lines of a text, as {@link #splitLines} splits them, made into strings only when a finder
   * asks for one: most lines of a file hold no literal and are never copied.
   */
  static final class Lines extends java.util.AbstractList<String> {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] made;

    Lines(String text) {
      this.text = text;
      List<int[]> spans = new ArrayList<>();
      int start = 0;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          spans.add(new int[] {start, i});
          i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
          start = i;
        } else {
          i++;
        }
      }
      if (start < text.length()) {
        spans.add(new int[] {start, text.length()});
      }
      starts = new int[spans.size()];
      ends = new int[spans.size()];
      for (int k = 0; k < spans.size(); k++) {
        starts[k] = spans.get(k)[0];
        ends[k] = spans.get(k)[1];
      }
      made = new String[spans.size()];
    }

    int start(int line) {
      return line < starts.length ? starts[line] : text.length() + 1;
    }

    int end(int line) {
      return line < ends.length ? ends[line] : text.length() + 1;
    }

    /** The line that holds offset {@code at}, or the first line after it, searching on from {@code from}. */
    int lineAt(int at, int from) {
      int l = from;
      while (l < ends.length && ends[l] <= at) {
        l++;
      }
      return l;
    }

    @Override
    public String get(int index) {
      String s = made[index];
      if (s == null) {
        s = text.substring(starts[index], ends[index]);
        made[index] = s;
      }
      return s;
    }

    @Override
    public int size() {
      return starts.length;
    }
  }
}
