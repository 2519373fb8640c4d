package dev.bulwark.taint;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Computes the summaries of every function of a project, so that the taint analysis of each file
 * follows calls into the other files ({@code from app.db import run_query}).
 *
 * <p>The first round summarises every module with nothing known of the others, and records which
 * project functions each module calls. Each later round summarises again only the modules that call
 * a function whose summary changed in the round before, until nothing changes or {@code maxRounds}
 * is reached: chains of calls across modules longer than that, and recursion across modules, are
 * followed only that far. Modules are parsed anew in each round and dropped after, so only the
 * summaries (small) and the call sets stay in memory. Modules of one round are summarised in
 * parallel. Two files with the same module name are both left out: an import of that name is ambiguous.
 */
public final class ProjectAnalysis {
  private ProjectAnalysis() {}

  /** A parsed module and its semantic model. */
  public record ParsedModule(Mod.Module module, SemanticModel model) {}

  /** Runs one piece of work per item, possibly in parallel, and returns the results in the items' order. */
  public interface Mapper {
    <T, R> List<R> map(List<T> items, Function<T, R> work);
  }

  /** A mapper on the common fork-join pool. */
  public static final Mapper PARALLEL = new Mapper() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
      return items.parallelStream().map(work).toList();
    }
  };

  /** The default number of rounds. */
  public static final int DEFAULT_ROUNDS = 4;

  /**
   * The summaries of the functions of {@code units}.
   *
   * @param names the dotted module name of each unit
   * @param load parses a unit, or returns null when it cannot be read or parsed (it is then left out)
   */
  public static <M> ProjectSummaries summarize(List<M> units, Function<M, String> names,
      Function<M, ParsedModule> load, List<TaintModel> models, int maxRounds) {
    return summarize(units, names, load, models, maxRounds, PARALLEL);
  }

  /** The same, with the work of each round spread by {@code mapper} (the caller's worker threads). */
  public static <M> ProjectSummaries summarize(List<M> units, Function<M, String> names,
      Function<M, ParsedModule> load, List<TaintModel> models, int maxRounds, Mapper mapper) {
    return summarize(units, names, load, models, maxRounds, mapper, TemplateIndex.EMPTY);
  }

  /**
   * The same, with the project's templates known while summarising (a helper that renders its
   * argument into a template's {@code |safe} output reaches a sink); the result carries them.
   */
  public static <M> ProjectSummaries summarize(List<M> units, Function<M, String> names,
      Function<M, ParsedModule> load, List<TaintModel> models, int maxRounds, Mapper mapper,
      TemplateIndex templates) {
    // two files with one module name (scripts in directories that are not packages): which one an
    // import means is unknown, so neither is summarised
    Map<String, Integer> seen = new HashMap<>();
    List<String> unitNames = new ArrayList<>();
    for (M u : units) {
      String name = names.apply(u);
      unitNames.add(name);
      seen.merge(name, 1, Integer::sum);
    }
    Set<String> moduleNames = new HashSet<>();
    seen.forEach((name, count) -> {
      if (count == 1) {
        moduleNames.add(name);
      }
    });
    int n = units.size();
    List<Map<String, FunctionSummary>> byUnit = new ArrayList<>(java.util.Collections.nCopies(n, Map.of()));
    List<Set<String>> calls = new ArrayList<>(java.util.Collections.nCopies(n, Set.of()));
    Map<String, FunctionSummary> all = new HashMap<>();
    List<Integer> todo = IntStream.range(0, n).filter(i -> moduleNames.contains(unitNames.get(i))).boxed().toList();
    Set<String> wanted = Set.of();
    for (int round = 0; round < maxRounds && !todo.isEmpty(); round++) {
      ProjectSummaries known = new ProjectSummaries(all).withTemplates(templates);
      Set<String> wantedNow = wanted;
      List<TaintAnalysis.ModuleSummary> results = mapper.map(todo,
          i -> summarizeOne(units.get(i), load, models, known, moduleNames, wantedNow));
      Set<String> changed = new HashSet<>();
      for (int k = 0; k < todo.size(); k++) {
        int i = todo.get(k);
        TaintAnalysis.ModuleSummary r = results.get(k);
        Map<String, FunctionSummary> before = byUnit.get(i);
        for (String name : before.keySet()) {
          if (!r.functions().containsKey(name)) {
            all.remove(name);
            changed.add(name);
          }
        }
        r.functions().forEach((name, s) -> {
          if (!Objects.equals(all.put(name, s), s)) {
            changed.add(name);
          }
        });
        byUnit.set(i, r.functions());
        calls.set(i, r.calls());
      }
      // methods are summarised only once a module calls them through an instance
      Set<String> nowWanted = new HashSet<>();
      calls.forEach(nowWanted::addAll);
      nowWanted.removeIf(name -> moduleNames.contains(name.substring(0, name.lastIndexOf('.'))));
      Set<String> newlyWanted = new HashSet<>(nowWanted);
      newlyWanted.removeAll(wanted);
      wanted = nowWanted;
      Set<String> classModules = new HashSet<>();
      for (String m : newlyWanted) {
        String cls = m.substring(0, m.lastIndexOf('.'));
        if (cls.lastIndexOf('.') > 0) {
          classModules.add(cls.substring(0, cls.lastIndexOf('.')));
        }
      }
      List<Integer> next = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (classModules.contains(unitNames.get(i)) && moduleNames.contains(unitNames.get(i))) {
          next.add(i);
          continue;
        }
        for (String c : calls.get(i)) {
          if (changed.contains(c)) {
            next.add(i);
            break;
          }
        }
      }
      todo = next;
    }
    // a module's function is named after its module; a method after its class (whose name may be a
    // module's name too: a package's class named like one of its modules)
    Set<String> functions = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String module = unitNames.get(i);
      byUnit.get(i).keySet().stream().filter(f -> f.lastIndexOf('.') == module.length() && f.startsWith(module))
          .forEach(functions::add);
    }
    return new ProjectSummaries(all, functions).withTemplates(templates);
  }

  private static <M> TaintAnalysis.ModuleSummary summarizeOne(M unit, Function<M, ParsedModule> load,
      List<TaintModel> models, ProjectSummaries known, Set<String> moduleNames, Set<String> wanted) {
    try {
      ParsedModule p = load.apply(unit);
      if (p == null) {
        return new TaintAnalysis.ModuleSummary(Map.of(), Set.of());
      }
      return TaintAnalysis.summarize(p.module(), p.model(), models, known, moduleNames, wanted);
    } catch (RuntimeException | StackOverflowError e) {
      // a module the analysis cannot summarise is opaque to its callers; its own check reports the problem
      return new TaintAnalysis.ModuleSummary(Map.of(), Set.of());
    }
  }
}
