from django.db import connection

from core.views import ScopedView


class SalesReport(ScopedView):
    """Never registered: a view class known from its project base class alone."""

    def get(self, request, region):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM sales WHERE region = '" + region + "'")  # expect: sql
            cursor.execute("SELECT * FROM sales WHERE region = %s", [region])  # safe: sql
