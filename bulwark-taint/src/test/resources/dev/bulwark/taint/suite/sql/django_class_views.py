from django.db import connection
from django.http import HttpResponse
from django.views import View
from django.views.generic import ListView


def lookup_name(request):
    return request.GET.get("name", "")


class ArticleList(ListView):
    def get_queryset(self):
        term = self.request.GET.get("q", "")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM articles WHERE title LIKE '%" + term + "%'")  # expect: sql
            return cursor.fetchall()


class ArticleCount(ListView):
    def get_queryset(self):
        method = self.request.method
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles WHERE verb = '" + method + "'")  # safe: sql
            return cursor.fetchall()


class AuthorView(View):
    def get(self, request):
        name = lookup_name(self.request)
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM authors WHERE name = '%s'" % name)  # expect: sql
        return HttpResponse("ok")

    def post(self, request):
        name = lookup_name(self.request)
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM authors WHERE name = %s", [name])  # safe: sql
        return HttpResponse("ok")


class Report:
    def __init__(self):
        self.request = make_request()

    def run(self):
        key = self.request.GET.get("k")
        with connection.cursor() as cursor:
            cursor.execute("SELECT v FROM kv WHERE k = '" + key + "'")  # safe: sql
