# PEP 696: defaults for type parameters (3.13).
def f[T = int](): pass
def g[T: int = bool, U = str](): pass
class A[*Ts = *tuple[int]]: pass
class B[**P = [int, str]]: pass
class C[**P = ..., T = list[int], *Ts = *tuple[int, ...]]: pass
type D[T = int, *Ts = *tuple[str], **P = [float]] = tuple[T, *Ts]
def h[T: (int, str) = int](x: T) -> T: return x
class E[T = dict[str, list[int]]](Generic): pass
