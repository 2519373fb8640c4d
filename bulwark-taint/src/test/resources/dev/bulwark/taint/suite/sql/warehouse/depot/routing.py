from django.urls import path
from rest_framework.routers import DefaultRouter

from depot import api, handlers

router = DefaultRouter()
router.register(r"pallets", api.PalletViewSet, basename="pallet")

urlpatterns = [
    path("docks/<slug:dock>/", handlers.dock),
]
urlpatterns += [
    path("bays/<int:bay>/", handlers.bay),
]
urlpatterns.append(path("lanes/<lane>/", handlers.lane))
urlpatterns += router.urls
