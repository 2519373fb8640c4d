import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("audit")


@app.get("/login")
def login(user: str):
    log.info("login attempt by " + user)  # expect: log
    log.info("login attempt by %r", user)  # safe: log
    log.warning("login attempt by %s", user.replace("\n", " ").replace("\r", " "))  # safe: log
    return {"ok": True}


@app.get("/orders/{order_id}")
def order(order_id: int, note: str):
    log.info("order %d viewed", order_id)  # safe: log
    log.error("order note: %s", note)  # expect: log
    return {"ok": True}
