"""The staff side: the admin site with its second factor, sign-in, roles, dashboard, history and versions."""
