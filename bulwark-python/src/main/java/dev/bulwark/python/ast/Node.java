package dev.bulwark.python.ast;

/** Any node of the Python syntax tree. */
public interface Node {

  /** The node's class name in CPython's {@code ast} module, e.g. {@code "FunctionDef"}. */
  String nodeName();

  /** Calls the visitor method for this node kind (double dispatch, so no type switches are needed). */
  void accept(TreeVisitor visitor);
}
