"""Public URLs of the coproduction app."""

app_name = "coproduction"

urlpatterns = []
