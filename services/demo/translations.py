"""The demo's service summary in another language, marked on the page as a demo translation."""

from services.models import Service, ServiceTranslation

SERVICE_TRANSLATIONS = [
    (
        "Short Breaks Offer",
        "ar",
        "قدّم طلبًا للحصول على ميزانية الاستراحات القصيرة للنوادي وبرامج العطلات والأنشطة، "
        "دون الحاجة إلى تقييم من الرعاية الاجتماعية.",
    ),
]


def service_translations_load():
    """Save the demo's translated service summaries (a person's translation, marked demo); safe to run again."""
    for name, language, summary in SERVICE_TRANSLATIONS:
        service = Service.objects.filter(name=name).first()
        if service is not None:
            ServiceTranslation.objects.update_or_create(
                service=service,
                language=language,
                defaults={"summary": summary, "made_by_person": True, "demo": True, "published": True},
            )
