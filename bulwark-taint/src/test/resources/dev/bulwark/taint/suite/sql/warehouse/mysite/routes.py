from django.urls import include, path

from stock import views

urlpatterns = [
    path("depot/", include("depot.routing")),
    path("shelves/<str:aisle>/<sku>/", views.ShelfView.as_view()),
    path("bins/<code>/", views.BinSearch.as_view()),
]
