import sys

DEBUG = False


def evaluate(text):
    return eval(text)  # expect: code


def main():
    evaluate(sys.argv[1])
    if DEBUG:
        eval(sys.argv[2])  # safe: code
    mode = input()
    handlers = {"a": "1 + 1", "b": "2 + 2"}
    eval(handlers.get(mode, "0"))  # safe: code
