from apikit.viewsets import TrackedViewSet
from django.db import connection
from rest_framework.decorators import action

from depot.cache import memoized


class PalletViewSet(TrackedViewSet):
    """Its base comes from a library no model knows: the router registration makes it a viewset."""

    def retrieve(self, request, pk=None):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM pallets WHERE tag = '" + pk + "'")  # expect: sql
            cursor.execute("SELECT * FROM pallets WHERE tag = %s", [pk])  # safe: sql

    def destroy(self, request, pk=None):
        ref = self.kwargs["pk"]
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM pallets WHERE tag = '%s'" % ref)  # expect: sql

    @action(detail=True, methods=["post"])
    def relabel(self, request, pk=None):
        with connection.cursor() as cursor:
            cursor.execute("UPDATE pallets SET moved = 1 WHERE tag = '" + pk + "'")  # expect: sql

    @memoized
    def location(self, request, pk):
        """Not an action: a helper the viewset calls with a tag it looked up itself."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT bay FROM pallets WHERE tag = '" + pk + "'")  # safe: sql


class CarrierViewSet(TrackedViewSet):
    """Not registered with any router: a library class whose methods the project calls itself."""

    def retrieve(self, request, pk=None):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM carriers WHERE code = '" + pk + "'")  # safe: sql
