package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectPathsTest {

  private static final String SOURCE = """
      import html
      from app.impl import Remote

      class Reader:
          def __init__(self, req, limit):
              self.req = req
              self.limit = limit
              self.size = limit + 1

          def value(self, name):
              form = self.req.form
              return form.get(name) or self.req.args[name]

          def upper(self, name):
              return html.escape(self.req.form.get(name))

          @staticmethod
          def plain(value):
              return value

          @classmethod
          def build(cls, value):
              return cls(value, 1)

          @property
          def kind(self):
              return "reader"

      class Local:
          pass

      def factory(flag):
          made = Local()
          if flag:
              return Remote(flag)
          return made

      def counted(values):
          return len(values)

      def outer():
          def inner(x):
              return x
          return inner

      def apply(fn, value, other):
          fn(other)
          return fn(value)
      """;

  private final Mod.Module module = (Mod.Module) PythonParser.parseText(SOURCE, "app/m.py").module();
  private final SemanticModel model = SemanticModel.of(module, "app.m", false);

  private Stmt top(String name) {
    for (Stmt s : module.body()) {
      if (name.equals(Defs.name(s)) || (s instanceof Stmt.ClassDef c && c.name().equals(name))) {
        return s;
      }
    }
    throw new AssertionError(name);
  }

  private Stmt method(String cls, String name) {
    for (Stmt s : ((Stmt.ClassDef) top(cls)).body()) {
      if (name.equals(Defs.name(s))) {
        return s;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void readsFollowAttributeChainsOfParametersThroughLocalNames() {
    assertThat(ObjectPaths.returnedReads(method("Reader", "value"), model)).containsExactlyInAnyOrder(
        new ObjectSummary.Read(0, List.of("req", "form", "get()")),
        new ObjectSummary.Read(0, List.of("req", "args", "[]")));
    // a call of a function in between: what it returns is not a read of the parameter
    assertThat(ObjectPaths.returnedReads(method("Reader", "upper"), model)).isEmpty();
    assertThat(ObjectPaths.returnedReads(method("Reader", "plain"), model)).isEmpty();
  }

  @Test
  void aConstructorStoresTheParametersItKeepsAsGiven() {
    assertThat(ObjectPaths.stores(method("Reader", "__init__"))).isEqualTo(Map.of("req", 1, "limit", 2));
  }

  @Test
  void aFactoryReturnsTheClassesItInstantiates() {
    assertThat(ObjectPaths.returnedClasses(top("factory"), model)).containsExactlyInAnyOrder("app.impl.Remote",
        "app.m.Local");
    assertThat(ObjectPaths.returnedClasses(top("counted"), model)).isEmpty();
  }

  @Test
  void aReturnedNestedFunctionIsFound() {
    assertThat(Defs.name(ObjectPaths.returnedFunction(top("outer")))).isEqualTo("inner");
    assertThat(ObjectPaths.returnedFunction(top("counted"))).isNull();
  }

  @Test
  void callbacksAreCallsOfAParameterWithParameters() {
    assertThat(ObjectPaths.invokes(top("apply"), model)).containsExactly(
        new ObjectSummary.Invoke(0, List.of(2), false), new ObjectSummary.Invoke(0, List.of(1), true));
  }

  @Test
  void decoratorsTellHowAMethodIsBound() {
    assertThat(ObjectPaths.binding(method("Reader", "value"), model)).isEqualTo(ObjectSummary.Binding.PLAIN);
    assertThat(ObjectPaths.binding(method("Reader", "plain"), model)).isEqualTo(ObjectSummary.Binding.STATIC);
    assertThat(ObjectPaths.binding(method("Reader", "build"), model)).isEqualTo(ObjectSummary.Binding.CLASS);
    assertThat(ObjectPaths.binding(method("Reader", "kind"), model)).isNull();
  }
}
