"""The provider area's addresses, under /provider/."""

from django.urls import path

from services.providers import views

app_name = "providers"

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.sign_in, name="sign-in"),
    path("sign-in/check-your-email/", views.sign_in_sent, name="sign-in-sent"),
    path("sign-in/link/", views.sign_in_link, name="sign-in-link"),
    path("sign-out/", views.sign_out, name="sign-out"),
    path("listings/new/", views.listing_new, name="new"),
    path("listings/<uuid:pk>/", views.listing_edit, name="edit"),
    path("listings/<uuid:pk>/change/", views.listing_parts, name="parts"),
    path("listings/<uuid:pk>/change/<slug:part>/", views.listing_part, name="part"),
    path("listings/<uuid:pk>/waits/", views.waits_edit, name="waits"),
    path("listings/<uuid:pk>/nothing-has-changed/", views.listing_confirm, name="confirm"),
    path("changes/<int:pk>/", views.change_detail, name="change"),
]
