package dev.bulwark.taint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads taint model files. One directive per line, words separated by blanks, {@code #} starts a
 * comment:
 *
 * <pre>
 * requires ROOT...                      the model applies only to files importing one of these modules
 * source NAME [local]                   reading NAME gives attacker data (flask.request.args); local:
 *                                       data of the local user only (sys.argv)
 * source NAME() [local]                 calling NAME gives attacker data (builtins.input())
 * param-source PARAM ATTR...            PARAM.ATTR is attacker data in a function with a parameter PARAM
 * route-decorator ATTR [html]           parameters of functions decorated with @x.ATTR(...) are attacker data;
 *                                       html: a string such a function returns is the HTML response body
 * sink KIND NAME ARG[,ARG...] [if KW]   attacker data in ARG of a call of NAME is dangerous (only when KW=True)
 * sink KIND NAME[]                      attacker data stored into NAME[...] is dangerous (flask.session[])
 * sanitizer KIND[,KIND...]|* NAME       NAME(x) is safe for those sink kinds (* for all)
 * guard KIND[,KIND...]|* NAME           in a branch where NAME(x, ...) held, x is safe for those sink kinds
 * propagator NAME                       NAME(x, ...) carries the taint of its arguments
 * sink KIND NAME ARG... if-unsafe ARG     ... only when that argument is an unsafe object (below)
 * sink KIND NAME ARG... unless ARG SAFE...  ... not when that argument names one of the SAFE qualified names
 * unsafe-object NAME KW=True|False      NAME(..., KW=value) makes an unsafe object (a parser resolving entities)
 * unsafe-object .METHOD FEATURE...      x.METHOD(FEATURE, True) makes x unsafe; FEATURE: a name or its string
 * </pre>
 *
 * NAME is a qualified name, or {@code .method} for a method of any receiver. ARG is a position
 * ({@code 0}), a keyword ({@code args}), both ({@code 0|args}), {@code *} for any argument, or {@code ^}
 * for the receiver of a method ({@code template.format(...)}: the template is the sink). KIND is
 * one of {@link SinkKind}'s model names.
 */
public final class ModelReader {
  private ModelReader() {}

  /** The model files shipped with Bulwark, listed in {@code models/index}. */
  public static List<TaintModel> builtin() {
    List<TaintModel> models = new ArrayList<>();
    String index = resource("models/index");
    for (String line : index.split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        models.add(read("models/" + name, resource("models/" + name)));
      }
    }
    return List.copyOf(models);
  }

  /**
   * Reads a model file of the user's. Its {@code requires} line, if any, limits it as for the shipped
   * models; messages name the file as {@code shownAs}.
   *
   * @throws ModelException when the file cannot be read or a line is wrong ({@code file:line: what})
   */
  public static TaintModel read(java.nio.file.Path file, String shownAs) {
    String text;
    try {
      text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ModelException(shownAs + ": no such model file", e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ModelException(shownAs + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new ModelException(shownAs + ": cannot read: " + e.getMessage(), e);
    }
    return read(shownAs, text);
  }

  private static String resource(String name) {
    try (InputStream in = ModelReader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ModelException("no model resource " + name, null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ModelException("cannot read model resource " + name, e);
    }
  }

  /** Parses one model file's text; {@code file} names it in error messages. */
  public static TaintModel read(String file, String text) {
    List<String> requires = new ArrayList<>();
    List<TaintModel.Source> sources = new ArrayList<>();
    List<TaintModel.ParamSource> paramSources = new ArrayList<>();
    List<String> routes = new ArrayList<>();
    List<String> htmlRoutes = new ArrayList<>();
    List<TaintModel.Sink> sinks = new ArrayList<>();
    List<TaintModel.Sanitizer> sanitizers = new ArrayList<>();
    List<TaintModel.Sanitizer> guards = new ArrayList<>();
    List<String> propagators = new ArrayList<>();
    List<TaintModel.UnsafeObject> unsafe = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] w = line.split("\\s+");
      switch (w[0]) {
        case "requires" -> {
          need(file, lineNo, w, 2, "requires ROOT...");
          requires.addAll(List.of(w).subList(1, w.length));
        }
        case "source" -> {
          if (w.length < 2 || w.length > 3 || (w.length == 3 && !w[2].equals("local") && !w[2].equals("route-path"))) {
            throw new ModelException(file, lineNo,
                "expected 'source NAME [local|route-path]' or 'source NAME() [local|route-path]'");
          }
          boolean call = w[1].endsWith("()");
          String name = call ? w[1].substring(0, w[1].length() - 2) : w[1];
          boolean local = w.length == 3 && w[2].equals("local");
          boolean routePath = w.length == 3 && w[2].equals("route-path");
          sources.add(new TaintModel.Source(name(file, lineNo, name), call, local, routePath));
        }
        case "param-source" -> {
          need(file, lineNo, w, 3, "param-source PARAM ATTR...");
          for (int k = 2; k < w.length; k++) {
            paramSources.add(new TaintModel.ParamSource(w[1], w[k]));
          }
        }
        case "route-decorator" -> {
          if (w.length < 2 || w.length > 3 || (w.length == 3 && !w[2].equals("html"))) {
            throw new ModelException(file, lineNo, "expected 'route-decorator ATTR [html]'");
          }
          routes.add(w[1]);
          if (w.length == 3) {
            htmlRoutes.add(w[1]);
          }
        }
        case "sink" -> sinks.add(sink(file, lineNo, w));
        case "sanitizer" -> {
          exactly(file, lineNo, w, 3, "sanitizer KIND[,KIND...]|* NAME");
          sanitizers.add(new TaintModel.Sanitizer(kinds(file, lineNo, w[1]), name(file, lineNo, w[2])));
        }
        case "guard" -> {
          exactly(file, lineNo, w, 3, "guard KIND[,KIND...]|* NAME");
          guards.add(new TaintModel.Sanitizer(kinds(file, lineNo, w[1]), name(file, lineNo, w[2])));
        }
        case "propagator" -> {
          exactly(file, lineNo, w, 2, "propagator NAME");
          propagators.add(name(file, lineNo, w[1]));
        }
        case "unsafe-object" -> unsafe.addAll(unsafeObject(file, lineNo, w));
        default -> throw new ModelException(file, lineNo, "unknown directive '" + w[0]
            + "' (expected requires, source, param-source, route-decorator, sink, sanitizer, guard, propagator or "
            + "unsafe-object)");
      }
    }
    return new TaintModel(file, requires, sources, paramSources, routes, sinks, sanitizers, guards, propagators,
        unsafe, htmlRoutes);
  }

  private static List<TaintModel.UnsafeObject> unsafeObject(String file, int line, String[] w) {
    String usage = "unsafe-object NAME KEYWORD=True|False' or 'unsafe-object .METHOD FEATURE...";
    if (w.length < 3) {
      throw new ModelException(file, line, "expected '" + usage + "'");
    }
    String name = name(file, line, w[1]);
    List<TaintModel.UnsafeObject> r = new ArrayList<>();
    if (name.startsWith(".")) {
      for (int k = 2; k < w.length; k++) {
        if (!w[k].matches("[^\\s=]+")) {
          throw new ModelException(file, line, "bad feature '" + w[k] + "'");
        }
        r.add(new TaintModel.UnsafeObject(name, w[k], true));
      }
      return r;
    }
    String[] kv = w.length == 3 ? w[2].split("=", -1) : new String[0];
    if (kv.length != 2 || !kv[0].matches("[A-Za-z_][A-Za-z_0-9]*") || !(kv[1].equals("True") || kv[1].equals("False"))) {
      throw new ModelException(file, line, "expected '" + usage + "'");
    }
    r.add(new TaintModel.UnsafeObject(name, kv[0], kv[1].equals("True")));
    return r;
  }

  private static TaintModel.Sink sink(String file, int line, String[] w) {
    String usage = "sink KIND NAME ARG[,ARG...] [if KEYWORD | if-unsafe ARG | unless ARG SAFE...]";
    if (w.length == 3 && w[2].endsWith("[]")) {
      name(file, line, w[2].substring(0, w[2].length() - 2));
      return new TaintModel.Sink(kind(file, line, w[1]), w[2], List.of(), null);
    }
    if (w.length >= 5 && w[4].equals("unless")) {
      if (w.length < 7) {
        throw new ModelException(file, line, "expected 'unless ARG SAFE...' with at least one safe qualified name");
      }
      List<String> safe = new ArrayList<>();
      for (int k = 6; k < w.length; k++) {
        safe.add(name(file, line, w[k]));
      }
      TaintModel.Unless unless = new TaintModel.Unless(argument(file, line, w[5]), safe);
      return new TaintModel.Sink(kind(file, line, w[1]), name(file, line, w[2]), arguments(file, line, w[3]), null,
          null, unless);
    }
    if (w.length != 4 && w.length != 6) {
      throw new ModelException(file, line, "expected '" + usage + "'");
    }
    SinkKind kind = kind(file, line, w[1]);
    String when = null;
    TaintModel.Argument whenUnsafe = null;
    if (w.length == 6) {
      if (w[4].equals("if-unsafe")) {
        whenUnsafe = argument(file, line, w[5]);
      } else if (w[4].equals("if")) {
        when = w[5];
      } else {
        throw new ModelException(file, line, "expected 'if KEYWORD', 'if-unsafe ARG' or 'unless ARG SAFE...' after "
            + "the arguments, found '" + w[4] + "'");
      }
    }
    return new TaintModel.Sink(kind, name(file, line, w[2]), arguments(file, line, w[3]), when, whenUnsafe);
  }

  private static List<TaintModel.Argument> arguments(String file, int line, String list) {
    List<TaintModel.Argument> args = new ArrayList<>();
    for (String a : list.split(",")) {
      args.add(argument(file, line, a));
    }
    return args;
  }

  private static TaintModel.Argument argument(String file, int line, String a) {
    if (a.equals("*")) {
      return new TaintModel.Argument(-1, null, true);
    }
    if (a.equals("^")) {
      return new TaintModel.Argument(-1, null, false, true);
    }
    String[] parts = a.split("\\|", -1);
    int position = -1;
    String keyword = null;
    for (String p : parts) {
      if (p.matches("\\d+") && position < 0) {
        position = Integer.parseInt(p);
      } else if (p.matches("[A-Za-z_][A-Za-z_0-9]*") && keyword == null) {
        keyword = p;
      } else {
        throw new ModelException(file, line, "bad argument '" + a + "' (expected a position, a keyword, both as "
            + "'0|name', '*', or '^')");
      }
    }
    return new TaintModel.Argument(position, keyword, false);
  }

  private static Set<SinkKind> kinds(String file, int line, String s) {
    if (s.equals("*")) {
      return EnumSet.allOf(SinkKind.class);
    }
    Set<SinkKind> kinds = EnumSet.noneOf(SinkKind.class);
    for (String k : s.split(",")) {
      kinds.add(kind(file, line, k));
    }
    return kinds;
  }

  private static SinkKind kind(String file, int line, String s) {
    SinkKind k = SinkKind.ofModelName(s);
    if (k == null) {
      List<String> known = new ArrayList<>();
      for (SinkKind each : SinkKind.values()) {
        known.add(each.modelName());
      }
      throw new ModelException(file, line, "unknown sink kind '" + s + "' (known: " + String.join(", ", known) + ")");
    }
    return k;
  }

  private static String name(String file, int line, String s) {
    if (!s.matches("\\.?[A-Za-z_][A-Za-z_0-9]*(\\.[A-Za-z_][A-Za-z_0-9]*)*")) {
      throw new ModelException(file, line, "bad name '" + s + "' (expected a dotted name or .method)");
    }
    return s;
  }

  private static void need(String file, int line, String[] w, int min, String usage) {
    if (w.length < min) {
      throw new ModelException(file, line, "expected '" + usage + "'");
    }
  }

  private static void exactly(String file, int line, String[] w, int n, String usage) {
    if (w.length != n) {
      throw new ModelException(file, line, "expected '" + usage + "'");
    }
  }
}
