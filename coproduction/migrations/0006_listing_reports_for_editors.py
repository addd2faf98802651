"""Once gave Local Offer editors the listing reports.

Roles are no longer copied into migrations: after every migrate, localoffer.staff.roles
gives each group exactly the permissions the apps' roles.py files list, on new and old
databases alike. This migration is kept, doing nothing, so that migration histories stay as they were.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("coproduction", "0005_text_line_endings"),
        ("services", "0006_search_report_permissions"),  # whose view permission the roles below include
    ]

    operations = []
