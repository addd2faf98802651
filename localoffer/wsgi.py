"""WSGI entry point for the web server: `gunicorn -c deploy/gunicorn.conf.py localoffer.wsgi`.

It says that this process serves the web, so its database connections bound how long a statement or
a lock may take (DATABASE_STATEMENT_TIMEOUT_MS in localoffer/settings.py); manage.py's commands do not.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
os.environ["LOCALOFFER_PROCESS"] = "web"

application = get_wsgi_application()
