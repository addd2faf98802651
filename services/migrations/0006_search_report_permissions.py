"""Once let the Local Offer editor and the Read-only auditor read what people searched for.

Roles are no longer copied into migrations: after every migrate, localoffer.staff.roles
gives each group exactly the permissions the apps' roles.py files list, on new and old
databases alike. This migration is kept, doing nothing, so that migration histories stay as they were.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0005_search_index_and_searches_made"),
        ("localoffer", "0005_staff_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
