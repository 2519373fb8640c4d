package dev.bulwark.semantic;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Located;

/** One way a name gets its value in a scope. A name may have several bindings in one scope. */
public sealed interface Binding {

  /** The node that makes the binding, for messages and positions. */
  Located node();

  /** {@code import a.b as c} binds {@code c} to {@code a.b}; {@code from m import x} binds {@code x} to {@code m.x}. */
  record Import(String qualifiedName, Located node) implements Binding {}

  /** {@code x = value} with a single name target; {@code value} is null when the value is not known (unpacking, loops, augmented assignment). */
  record Assignment(Expr value, Located node) implements Binding {}

  /** {@code def} or {@code class}; {@code qualifiedName} is the module's name joined with the nesting of definitions. */
  record Definition(String qualifiedName, Located node) implements Binding {}

  /** A parameter of a function or lambda. */
  record Parameter(Arg arg) implements Binding {
    @Override
    public Located node() {
      return arg;
    }
  }

  /** Any other binding: an except-clause name, a with-target, a match capture, a type parameter. */
  record Other(Located node) implements Binding {}
}
