"""Topics of news items and events: the list staff keep, as families choose from it and read it back."""

from localoffer.content.models import Topic

# The first topics (the migration saves them too; the demo makes sure they are there).
DEFAULT_TOPICS = [
    ("education-and-ehc-plans", "Education and EHC plans", Topic.Kind.TOPIC),
    ("health", "Health", Topic.Kind.TOPIC),
    ("short-breaks-and-leisure", "Short breaks and leisure", Topic.Kind.TOPIC),
    ("preparing-for-adulthood", "Preparing for adulthood", Topic.Kind.TOPIC),
    ("forums-and-co-production", "Forums and co-production", Topic.Kind.TOPIC),
    ("training", "Training", Topic.Kind.TOPIC),
    ("communication-and-interaction", "Communication and interaction", Topic.Kind.NEED),
    ("cognition-and-learning", "Cognition and learning", Topic.Kind.NEED),
    ("social-emotional-and-mental-health", "Social, emotional and mental health", Topic.Kind.NEED),
    ("sensory-and-physical", "Sensory and/or physical needs", Topic.Kind.NEED),
]


def topics_ensure():
    """Save any of the first topics that is missing (staff's own changes to the others are kept)."""
    for order, (slug, name, kind) in enumerate(DEFAULT_TOPICS):
        Topic.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind, "order": order})


def topic_choices():
    """The topics a family may tick for an alert, under two headings: topics, then areas of need."""
    groups = {Topic.Kind.TOPIC: [], Topic.Kind.NEED: []}
    for topic in Topic.objects.all():
        groups[topic.kind].append((topic.slug, topic.name))
    return [("Topics", groups[Topic.Kind.TOPIC]), ("Areas of need", groups[Topic.Kind.NEED])]


def topics_described(*, slugs, noun):
    """An alert's topics in words: "news about health or training", or "all news" for none."""
    names = [name[0].lower() + name[1:] for name in Topic.objects.filter(slug__in=slugs).values_list("name", flat=True)]
    if not names:
        return f"all {noun}"
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"{noun} about {listed}"
