"""The printed directory's addresses, under /print-the-directory/."""

from django.urls import path

from services.printed import views

app_name = "printed"

urlpatterns = [
    path("", views.print_directory, name="choose"),
    path("booklet.css", views.booklet_css, name="booklet-css"),
    path("booklets/<uuid:pk>/", views.booklet, name="booklet"),
    path("booklets/<uuid:pk>/booklet.pdf", views.booklet_pdf, name="booklet-pdf"),
    path("booklets/<uuid:pk>/print/", views.booklet_print, name="booklet-print"),
    path("request-a-printed-copy/", views.request_copy, name="request-copy"),
    path("request-a-printed-copy/sent/", views.request_copy_done, name="request-copy-done"),
]
