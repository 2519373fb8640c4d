package dev.bulwark.python.ast;

/** Python's repr() of literal values. TEMPORARY: being replaced by the exact implementation. */
public final class PyRepr {
  private PyRepr() {}

  public static String str(String s) {
    return "'" + s + "'";
  }

  public static String bytes(byte[] b) {
    return "b'" + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
  }

  public static String floatRepr(double d) {
    return Double.toString(d);
  }

  public static String imaginaryRepr(double d) {
    return floatRepr(d) + "j";
  }
}
