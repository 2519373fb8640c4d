package dev.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} rules that apply under one scanned directory, matched as git matches them
 * (JGit's implementation): the files of the directories walked, those of the directories above it
 * up to the enclosing repository, and the repository's {@code .git/info/exclude}. A deeper file
 * overrides a shallower one, and within a file the last matching pattern wins.
 */
final class GitIgnores {

  /** The top directory whose rules count: the repository root, or the scanned directory outside a repository. */
  private final Path top;
  /** Per directory (absolute, normalized) that has rules, its parsed {@code .gitignore}. */
  private final Map<Path, IgnoreNode> nodes = new HashMap<>();
  /** Per directory seen, the directories from it upward that have rules, deepest first. */
  private final Map<Path, List<Path>> chains = new HashMap<>();
  private final IgnoreNode repositoryExcludes;

  private GitIgnores(Path top, IgnoreNode repositoryExcludes) {
    this.top = top;
    this.repositoryExcludes = repositoryExcludes;
  }

  /** The rules for a walk of {@code root}, a directory. */
  static GitIgnores forWalk(Path root) {
    Path start = root.toAbsolutePath().normalize();
    Path repository = null;
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        repository = d;
        break;
      }
    }
    IgnoreNode excludes = repository == null ? null : read(repository.resolve(".git").resolve("info").resolve("exclude"));
    return new GitIgnores(repository == null ? start : repository, excludes);
  }

  /** Whether git would ignore {@code path} (a directory when {@code directory}). */
  boolean isIgnored(Path path, boolean directory) {
    Path file = path.toAbsolutePath().normalize();
    if (!file.startsWith(top) || file.equals(top)) {
      return false;
    }
    for (Path dir : ruledDirectories(file.getParent())) {
      Boolean verdict = verdict(nodes.get(dir), dir, file, directory);
      if (verdict != null) {
        return verdict;
      }
    }
    Boolean verdict = verdict(repositoryExcludes, top, file, directory);
    return verdict != null && verdict;
  }

  /**
   * The directories from {@code dir} up to the top that have ignore rules, deepest first; worked out
   * once per directory, so a file in a tree without {@code .gitignore} files costs one lookup.
   */
  private List<Path> ruledDirectories(Path dir) {
    if (dir == null || !dir.startsWith(top)) {
      return List.of();
    }
    List<Path> known = chains.get(dir);
    if (known != null) {
      return known;
    }
    IgnoreNode node = read(dir.resolve(".gitignore"));
    List<Path> above = dir.equals(top) ? List.of() : ruledDirectories(dir.getParent());
    List<Path> chain;
    if (node == null) {
      chain = above;
    } else {
      nodes.put(dir, node);
      chain = new ArrayList<>(above.size() + 1);
      chain.add(dir);
      chain.addAll(above);
    }
    chains.put(dir, chain);
    return chain;
  }

  /** True or false when {@code node} decides, null when it leaves the question to the directories above. */
  private static Boolean verdict(IgnoreNode node, Path dir, Path file, boolean directory) {
    if (node == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    dir.relativize(file).forEach(p -> parts.add(p.toString()));
    return switch (node.isIgnored(String.join("/", parts), directory)) {
      case IGNORED -> true;
      case NOT_IGNORED -> false;
      default -> null;
    };
  }

  /** The parsed rules of one ignore file; null when there is none or it cannot be read (git skips those too). */
  private static IgnoreNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(in);
    } catch (IOException e) {
      return null;
    }
    return node.getRules().isEmpty() ? null : node;
  }
}
