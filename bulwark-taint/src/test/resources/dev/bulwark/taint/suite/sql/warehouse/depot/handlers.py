from django.db import connection
from django.http import HttpResponse


def dock(req, dock):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM docks WHERE name = '" + dock + "'")  # expect: sql
    return HttpResponse("ok")


def bay(req, bay):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM bays WHERE id = " + str(bay))  # safe: sql
    return HttpResponse("ok")


def lane(req, lane):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM lanes WHERE code = '%s'" % lane)  # expect: sql
        cursor.execute("SELECT * FROM lanes WHERE code = '%s'" % req.GET["alt"])  # expect: sql
    return HttpResponse("ok")


def reindex(req, table):
    """Not a view: no URL configuration registers it."""
    with connection.cursor() as cursor:
        cursor.execute("REINDEX TABLE " + table)  # safe: sql
