from django.db import connection
from django.http import HttpResponse

from .base import SectionView


def show(req, slug):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM posts WHERE slug = '%s'" % slug)  # expect: sql
        cursor.execute("SELECT * FROM posts WHERE slug = %s", [slug])  # safe: sql
        cursor.execute("SELECT * FROM visits WHERE ref = '" + req.GET.get("ref", "") + "'")  # expect: sql
        cursor.execute("SELECT * FROM visits WHERE verb = '" + req.method + "'")  # safe: sql
    return HttpResponse("ok")


def edit(http_request, pk):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE posts SET views = views + 1 WHERE id = " + str(pk))  # safe: sql
        cursor.execute("UPDATE posts SET title = '" + http_request.POST["title"] + "'")  # expect: sql
    return HttpResponse("ok")


def archive(request, year, tag):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM posts WHERE year = " + year)  # safe: sql
        cursor.execute("SELECT * FROM posts WHERE tag = '" + tag + "'")  # expect: sql
    return HttpResponse("ok")


def legacy(req, old_slug):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM posts WHERE old_slug = '{old_slug}'")  # expect: sql
    return HttpResponse("ok")


def rebuild_index(req, table):
    """Not a view: called by a management command with a table name it chose."""
    with connection.cursor() as cursor:
        cursor.execute("REINDEX TABLE " + table)  # safe: sql


class SectionFeed(SectionView):
    def get(self, request, *args, **kwargs):
        section = self.kwargs["section"]
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM posts WHERE section = '" + section + "'")  # expect: sql
            cursor.execute("SELECT * FROM posts WHERE section = %s", [section])  # safe: sql
        return HttpResponse("ok")


class PostStats(SectionView):
    def get(self, request, pk, period):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM stats WHERE post = " + str(pk))  # safe: sql
            cursor.execute("SELECT * FROM stats WHERE period = '" + period + "'")  # expect: sql
        return HttpResponse("ok")
