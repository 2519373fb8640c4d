package dev.bulwark.python.ast;

import java.math.BigInteger;

/** The value of a literal: what CPython stores in {@code Constant.value}. */
public sealed interface PyConstant {

  /** The text Python's {@code repr()} gives for this value. */
  String repr();

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
   * A str. Python strings are sequences of code points and may hold lone surrogates; we keep them
   * as Java text, where a pair of surrogate escapes reads as one code point.
   */
  record PyStr(String value) implements PyConstant {
    @Override
    public String repr() {
      return PyRepr.str(value);
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
