"""Once gave Feedback officers and auditors the listing reports' permissions.

Roles are no longer copied into migrations: after every migrate, localoffer.staff.roles
gives each group exactly the permissions the apps' roles.py files list, on new and old
databases alike. This migration is kept, doing nothing, so that migration histories stay as they were.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("coproduction", "0003_listing_reports"),
        ("localoffer", "0005_staff_roles"),
    ]

    operations = []
