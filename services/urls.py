"""Public URLs of the services app: search and browse, service pages, the shortlist."""

from django.urls import path

from services import views

app_name = "services"

urlpatterns = [
    path("services/", views.search, name="search"),
    path("services/category/<slug:slug>/", views.category, name="category"),
    path("services/need/<slug:slug>/", views.need, name="need"),
    path("services/<slug:slug>/", views.detail, name="detail"),
    path("shortlist/", views.shortlist, name="shortlist"),
    path("shortlist/add/", views.shortlist_add, name="shortlist_add"),
    path("shortlist/remove/", views.shortlist_remove, name="shortlist_remove"),
    path("shortlist/shared/<str:token>/", views.shortlist_shared, name="shortlist_shared"),
]
