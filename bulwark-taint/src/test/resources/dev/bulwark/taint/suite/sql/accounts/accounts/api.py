from fastapi import FastAPI

from accounts.repository import UserRepository

api = FastAPI()


@api.get("/users/{name}")
def read_user(name: str):
    repo = UserRepository("users.db")
    rows = repo.by_name(name)  # expect: sql
    rows = repo.by_name_safe(name)  # safe: sql
    rows = repo.by_id(name)  # safe: sql
    return {"rows": rows}
