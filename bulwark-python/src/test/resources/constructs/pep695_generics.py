# PEP 695: type parameter lists and the type statement.
def first[T](xs: list[T]) -> T:
    return xs[0]

def bounded[T: (int, str), U: Sequence[int], V](a: T, b: U, c: V) -> None: ...

def star_params[*Ts, **P](f: Callable[P, tuple[*Ts]], *args: P.args, **kwargs: P.kwargs): pass

class Box[T]:
    def get(self) -> T: ...

class Pair[K: Hashable, V](Base[K], metaclass=Meta):
    pass

class Trailing[T,]: pass

async def fetch[R](url: str) -> R: ...

@decorator
def decorated[T](x: T) -> T: return x

type Alias = int
type ListOf[T] = list[T]
type Constrained[T: (int, float), *Ts, **P] = Callable[P, tuple[T, *Ts]]
type Recursive[T] = T | list[Recursive[T]]

# `type` is a soft keyword: everywhere else it is a name.
type = 1
type.attr = type(3)
print(type)
x = type
type(x)
type [0]
type[0] = 1
def type(type): return type
class type: pass
lambda type: type
type: int = 4
