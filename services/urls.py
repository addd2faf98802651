"""Public URLs of the services app."""

app_name = "services"

urlpatterns = []
