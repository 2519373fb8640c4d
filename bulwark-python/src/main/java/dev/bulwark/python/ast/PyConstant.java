package dev.bulwark.python.ast;

import java.math.BigInteger;

/** The value of a literal: what CPython stores in {@code Constant.value}. */
public sealed interface PyConstant {

  /** The text Python's {@code repr()} gives for this value. */
  String repr();

  /** What Python's {@code bool()} gives for this value: false for None, zero and empty strings. */
  default boolean truth() {
    if (this instanceof PyBool b) {
      return b.value();
    }
    if (this instanceof PyInt i) {
      return i.value().signum() != 0;
    }
    if (this instanceof PyFloat f) {
      return f.value() != 0.0;
    }
    if (this instanceof PyComplex c) {
      return c.imag() != 0.0;
    }
    if (this instanceof PyStr s) {
      return !s.value().isEmpty();
    }
    if (this instanceof PyBytes b) {
      return b.value().length > 0;
    }
    return !(this instanceof PyNone); // Ellipsis is true
  }

  /** {@code None}. */
  record PyNone() implements PyConstant {
    public static final PyNone INSTANCE = new PyNone();

    @Override
    public String repr() {
      return "None";
    }
  }

  /** {@code True} or {@code False}. */
  record PyBool(boolean value) implements PyConstant {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    @Override
    public String repr() {
      return value ? "True" : "False";
    }
  }

  /** {@code ...}. */
  record PyEllipsis() implements PyConstant {
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    @Override
    public String repr() {
      return "Ellipsis";
    }
  }

  /** An integer of any size. */
  record PyInt(BigInteger value) implements PyConstant {
    @Override
    public String repr() {
      return value.toString();
    }
  }

  /** A float literal, rounded to a double as CPython rounds it. */
  record PyFloat(double value) implements PyConstant {
    @Override
    public String repr() {
      return PyRepr.floatRepr(value);
    }
  }

  /** An imaginary literal such as {@code 2j}: a complex number with a zero real part. */
  record PyComplex(double imag) implements PyConstant {
    @Override
    public String repr() {
      return PyRepr.imaginaryRepr(imag);
    }
  }

  /**
   * A str. Python strings are sequences of code points and may hold lone surrogates; Java text
   * reads two adjacent surrogates as one code point, so {@code loneSurrogates} lists the char
   * indices of surrogates that stand alone in Python (written as escapes), or is null when none do.
   */
  record PyStr(String value, int[] loneSurrogates) implements PyConstant {
    public PyStr(String value) {
      this(value, null);
    }

    /** The Python code points of this str. */
    public int[] codePoints() {
      if (loneSurrogates == null) {
        return value.codePoints().toArray();
      }
      java.util.BitSet alone = new java.util.BitSet();
      for (int i : loneSurrogates) {
        alone.set(i);
      }
      int[] out = new int[value.length()];
      int n = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
            && !alone.get(i) && !alone.get(i + 1)) {
          out[n++] = Character.toCodePoint(c, value.charAt(++i));
        } else {
          out[n++] = c;
        }
      }
      return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public String repr() {
      return loneSurrogates == null ? PyRepr.str(value) : PyRepr.str(codePoints());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PyStr s && value.equals(s.value) && java.util.Arrays.equals(loneSurrogates, s.loneSurrogates);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "PyStr" + repr();
    }
  }

  /** A bytes literal. */
  record PyBytes(byte[] value) implements PyConstant {
    @Override
    public String repr() {
      return PyRepr.bytes(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PyBytes b && java.util.Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "PyBytes" + repr();
    }
  }
}
