from django.urls import path, re_path

from . import views
from .views import archive

urlpatterns = [
    path("posts/<slug:slug>/", views.show, name="show"),
    path("posts/<int:pk>/edit/", views.edit, name="edit"),
    re_path(r"^archive/(?P<year>[0-9]{4})/(?P<tag>[\w-]+)/$", archive),
    re_path(r"^legacy/(\w+)/$", views.legacy),
    path("sections/<str:section>/", views.SectionFeed.as_view()),
    path("stats/<int:pk>/<period>/", views.PostStats.as_view()),
]
