import builtins
from builtins import exec as run_code

code = input()
exec(code)  # expect: BW102
exec("x = 1")  # expect: BW102
builtins.exec(code, {})  # expect: BW102
run_code(f"y = {code}")  # expect: BW102
# expect: BW102
exec(
    code,
)

# look-alikes that must stay clean
cursor.exec(code)
session.exec("SELECT 1")


def shadowed(exec):
    exec(code)


def exec_wrapper():
    def exec(text):
        return text

    exec(code)
