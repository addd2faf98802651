"""Email alerts' addresses, under /alerts/."""

from django.urls import path

from localoffer.core import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_new, name="new"),
    path("check-your-email/", views.alert_sent, name="sent"),
    path("confirm/<str:token>/", views.alert_confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.alert_unsubscribe, name="unsubscribe"),
    path("manage/<str:token>/", views.alert_manage, name="manage"),
]
