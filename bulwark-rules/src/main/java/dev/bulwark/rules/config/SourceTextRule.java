package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/**
 * The rules that read a file's characters rather than its tree (comments and strings hide what
 * they look for just as well as code does): they see each file once, as text.
 */
abstract class SourceTextRule implements Rule {

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(Mod.Module.class);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    checkSource(context.source(), context);
  }

  /** Looks at the whole text of the file and reports through {@code context}. */
  protected abstract void checkSource(String source, RuleContext context);
}
