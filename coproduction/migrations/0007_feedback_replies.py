"""Every reply to feedback or a listing report is kept as a dated entry; the single reply field goes.

A second reply used to overwrite the first. Each reply already written becomes the first entry of
its item, dated when it was sent (the item's "last replied" time), before the old field is removed.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def replies_keep(apps, schema_editor):
    reply_model = apps.get_model("coproduction", "FeedbackReply")
    for model_name, link in (("Feedback", "feedback"), ("ListingReport", "listing_report")):
        for item in apps.get_model("coproduction", model_name).objects.exclude(reply=""):
            reply_model.objects.create(
                **{link: item},
                text=item.reply,
                sent_at=item.replied_at or item.created_at,
                emailed=bool(item.email),
                author_name="",
            )


def replies_restore(apps, schema_editor):
    reply_model = apps.get_model("coproduction", "FeedbackReply")
    for model_name, link in (("Feedback", "feedback"), ("ListingReport", "listing_report")):
        for item in apps.get_model("coproduction", model_name).objects.all():
            latest = reply_model.objects.filter(**{link: item}).order_by("-sent_at", "-pk").first()
            if latest is not None:
                item.reply = latest.text
                item.save(update_fields=["reply"])


class Migration(migrations.Migration):
    dependencies = [
        ("coproduction", "0006_listing_reports_for_editors"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="FeedbackReply",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "author_name",
                    models.CharField(blank=True, help_text="As it was when they replied.", max_length=150),
                ),
                ("text", models.TextField()),
                ("sent_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "emailed",
                    models.BooleanField(default=False, help_text="Emailed to them; false when they gave no address."),
                ),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "feedback",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="replies",
                        to="coproduction.feedback",
                    ),
                ),
                (
                    "listing_report",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="replies",
                        to="coproduction.listingreport",
                    ),
                ),
            ],
            options={
                "verbose_name": "reply",
                "verbose_name_plural": "replies",
                "ordering": ["sent_at", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("feedback__isnull", False), ("listing_report__isnull", True)),
                            models.Q(("feedback__isnull", True), ("listing_report__isnull", False)),
                            _connector="OR",
                        ),
                        name="reply_answers_one_item",
                    )
                ],
            },
        ),
        migrations.RunPython(replies_keep, replies_restore),
        migrations.RemoveField(model_name="feedback", name="reply"),
        migrations.RemoveField(model_name="listingreport", name="reply"),
        migrations.AlterField(
            model_name="feedback",
            name="replied_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="last replied"),
        ),
        migrations.AlterField(
            model_name="listingreport",
            name="replied_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="last replied"),
        ),
    ]
