import re

from fastapi import FastAPI

app = FastAPI()
WORDS = ["alpha", "beta"]


@app.get("/grep")
def grep(pattern: str):
    return [w for w in WORDS if re.match(pattern, w)]  # expect: regex


@app.get("/grep2")
def grep_escaped(pattern: str):
    return [w for w in WORDS if re.match(re.escape(pattern), w)]  # safe: regex


@app.get("/grep3")
def grep_fixed(word: str):
    return [w for w in WORDS if re.fullmatch("[a-z]+", word)]  # safe: regex
