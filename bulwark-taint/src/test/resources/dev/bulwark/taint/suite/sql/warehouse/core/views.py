from django.views import View
from rest_framework.views import APIView


class TenantView(View):
    """The project's base view: the views of the other apps derive from it."""

    tenant_header = "X-Tenant"


class ScopedView(TenantView):
    """Two steps away from Django's View, still in this module."""


class AuditedApi(APIView):
    audit = True


class Paginator:
    """Not a view: a helper other modules derive from."""

    page_size = 50
