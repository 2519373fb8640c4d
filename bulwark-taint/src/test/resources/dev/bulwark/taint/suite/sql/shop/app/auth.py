from flask import request


def current_user_name():
    return request.args.get("user", "")


def current_user_id():
    return int(request.args.get("uid", "0"))
