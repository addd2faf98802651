"""Once made the four staff roles from a copy of their permissions.

Roles are no longer copied into migrations: after every migrate, localoffer.staff.roles
gives each group exactly the permissions the apps' roles.py files list, on new and old
databases alike. This migration is kept, doing nothing, so that migration histories stay as they were.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("localoffer", "0004_history_of_pages_glossary_and_news"),
        ("services", "0004_open_referral_ids_in_history"),
        ("coproduction", "0002_levels_hub_text_and_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
