"""History also records the open data ids that organisations and places gained."""

import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0003_history_reviews_and_reminders"),
        ("services", "0003_open_referral_ids"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicallocation",
            name="open_referral_id",
            field=models.UUIDField(
                db_index=True,
                default=uuid.uuid4,
                editable=False,
                help_text="Its id in the open data API.",
                verbose_name="Open Referral id",
            ),
        ),
        migrations.AddField(
            model_name="historicallocation",
            name="open_referral_service_at_location_id",
            field=models.UUIDField(
                db_index=True, default=uuid.uuid4, editable=False, verbose_name="Open Referral service-at-location id"
            ),
        ),
        migrations.AddField(
            model_name="historicalorganisation",
            name="open_referral_id",
            field=models.UUIDField(
                db_index=True,
                default=uuid.uuid4,
                editable=False,
                help_text="Its id in the open data API.",
                verbose_name="Open Referral id",
            ),
        ),
    ]
