"""Information pages, glossary terms and news items.

Their tables, permissions and admin addresses have always been the project app's (`localoffer`),
so each model says so (`app_label`); their migrations are in `localoffer/migrations/`.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.functions import Lower
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

MARKDOWN_HELP = (
    "Markdown: # for a heading, ## for a smaller heading, - for a bullet list, 1. for a numbered list, **bold**, "
    "[link text](https://example.org) for a link, and | for tables. Any HTML is removed. "
    "SEND terms from the glossary are explained where they first appear."
)


class InformationPage(models.Model):
    """An advice page in a tree of sections, at /information/<path>/ (the path is the slugs from the top)."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, help_text="The last part of the page's web address.")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="The section this page sits in. Leave empty for a top section of Information and advice.",
    )
    path = models.CharField(max_length=500, unique=True, editable=False)
    summary = models.CharField(
        max_length=300, help_text="One or two plain sentences: shown in lists, search results and to search engines."
    )
    body = models.TextField(blank=True, help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first within the section.")
    published = models.BooleanField(
        default=False, help_text="Drafts are hidden from the public; staff can preview them."
    )
    last_updated = models.DateField(
        default=timezone.localdate, help_text="Shown on the page. Change it when the advice itself changes."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = "information page"
        app_label = "localoffer"
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="information_page_unique_slug_in_section"),
            models.UniqueConstraint(
                fields=["slug"], condition=models.Q(parent=None), name="information_page_unique_top_slug"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Keep the stored path, and every descendant's, in step with the slugs."""
        self.path = f"{self.parent.path}/{self.slug}" if self.parent else self.slug
        with transaction.atomic():
            old_path = type(self).objects.filter(pk=self.pk).values_list("path", flat=True).first() if self.pk else None
            super().save(*args, **kwargs)
            if old_path and old_path != self.path:
                for child in self.children.all():
                    child.save()

    def get_absolute_url(self):
        return reverse("information_page", kwargs={"path": self.path})

    def clean(self):
        node = self.parent
        while node is not None:
            if self.pk and node.pk == self.pk:
                raise ValidationError({"parent": "A page cannot sit inside itself or one of its own pages."})
            node = node.parent

    @property
    def depth(self):
        return self.path.count("/")

    def ancestor_paths(self):
        """The paths of the sections above this page, top first."""
        parts = self.path.split("/")
        return ["/".join(parts[:i]) for i in range(1, len(parts))]


class GlossaryVersion(models.Model):
    """The glossary's version, one row: a new token in the same transaction as every change to a term
    (localoffer/content/glossary.py), so that markup kept in the database (service pages) can tell, in the query
    that reads it, whether the glossary has changed since it was made."""

    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "glossary version"
        app_label = "localoffer"

    def __str__(self):
        return f"Glossary version {self.token}"


class GlossaryTerm(models.Model):
    """A SEND word or abbreviation, explained in plain English wherever it first appears on a page."""

    term = models.CharField(max_length=100, help_text="The term in full, for example Education, health and care plan.")
    slug = models.SlugField(max_length=100, unique=True, help_text="The term's anchor on the glossary page.")
    abbreviation = models.CharField(
        max_length=20, blank=True, help_text="For example EHC plan. Matched with its capital letters exactly."
    )
    definition = models.TextField(help_text="Plain English, one to three short sentences, no markdown.")
    aliases = models.CharField(
        max_length=300,
        blank=True,
        help_text="Other spellings or names, separated by commas, for example EHCP, EHC plans.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = [Lower("term")]
        verbose_name = "glossary term"
        app_label = "localoffer"
        constraints = [models.UniqueConstraint(Lower("term"), name="glossary_term_unique_term")]

    def __str__(self):
        return f"{self.term} ({self.abbreviation})" if self.abbreviation else self.term

    def get_absolute_url(self):
        return f"{reverse('glossary')}#{self.slug}"

    @property
    def alias_list(self):
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]

    @property
    def other_names(self):
        """The aliases a reader would call other names: not the plurals, spellings and word forms of
        the term, its abbreviation or each other that the aliases also list for marking text."""
        seen = [_name_key(self.term), _name_key(self.abbreviation)]
        names = []
        for alias in self.alias_list:
            key = _name_key(alias)
            if not any(_same_word(key, other) for other in seen if other):
                names.append(alias)
            seen.append(key)
        return names

    @property
    def letter(self):
        return self.term[:1].upper()


def _name_key(text):
    return "".join(character for character in text.lower() if character.isalpha())


def _same_word(one, other):
    """True for forms of one word: "EHCPs" and "EHCP", "physiotherapist" and "physiotherapy"."""
    shorter, longer = sorted((one, other), key=len)
    if len(shorter) < 5:  # abbreviations: "ASC" is not a form of "ASD"
        return shorter == longer
    common = len(shorter)
    while common and not longer.startswith(shorter[:common]):
        common -= 1
    return common >= len(shorter) - 1 and len(longer) - len(shorter) <= 4


class Topic(models.Model):
    """What a news item or event is about, from a short list staff keep; families choose them for email alerts.

    A topic is either one of the site's subjects ("Health", "Training") or one of the directory's four
    broad areas of need, which the alert form lists under their own heading.
    """

    class Kind(models.TextChoices):
        TOPIC = "topic", "Topic"
        NEED = "need", "Area of need"

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Part of alert addresses: do not change it.")
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.TOPIC,
        help_text="An area of need is one of the directory's four broad areas of need.",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers are listed first.")

    class Meta:
        ordering = ["-kind", "order", "name"]  # topics, then areas of need
        app_label = "localoffer"

    def __str__(self):
        return self.name


class NewsItemQuerySet(models.QuerySet):
    def public(self):
        """Published items whose date has come."""
        return self.filter(published=True, published_on__lte=timezone.localdate())


class NewsItem(models.Model):
    """A news item or update at /news/<slug>/, newest first."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    published_on = models.DateField(
        default=timezone.localdate, help_text="The date shown. An item dated in the future appears on that day."
    )
    summary = models.CharField(max_length=300, help_text="One or two plain sentences for lists, the feed and search.")
    body = models.TextField(help_text=MARKDOWN_HELP)
    published = models.BooleanField(
        default=False, help_text="Drafts are hidden from the public; staff can preview them."
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="news_items", help_text="What the item is about: families' alerts use them."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = NewsItemQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "-created_at"]
        verbose_name = "news item"
        app_label = "localoffer"
        indexes = [models.Index(fields=["published", "-published_on"], name="news_item_public_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news_item", kwargs={"slug": self.slug})

    def clean(self):
        if self.slug == "feed":
            raise ValidationError({"slug": "“feed” is the address of the news feed. Choose another."})


CRISIS_PHRASES_HELP = (
    "One word or phrase a line. A search containing any of them, anywhere in what was typed, shows the panel "
    "above everything else. Capitals and apostrophes do not matter, and simple word endings are matched too: "
    "“kill himself” also finds “killing himself” and “killed himself”. Three dots stand for up to three words "
    "of any kind: “took ... tablets” finds “took all her tablets”. A phrase ending with $ is found only at the "
    "end of what was typed: “son is missing $” finds “my son is missing” but not “my son is missing school”. A "
    'word in quotes is found only as it is written: “"rape"” does not find “rap”. A phrase of one word of seven '
    "letters or more is also found misspelt by one letter: “suicide” finds “sucide”. Words joined by | are "
    "one word of several: “cutting my|her arm|leg” finds “cutting her leg” and “cutting my arm”."
)


class CrisisPanel(models.Model):
    """The urgent help shown first, above any results, when a search's words say someone may be in danger.

    There is one panel; staff edit its words and its text in the admin (the numbers are theirs to keep right).
    """

    heading = models.CharField(max_length=120, default="Get help now if someone is in danger")
    body = models.TextField(
        help_text=(
            "What to do and who to call, in markdown. Write phone numbers as links, for example "
            "[0800 652 0190](tel:08006520190), so they can be tapped on a phone. The numbers first saved are "
            "examples: check each one with the service before the site goes live, and whenever they change."
        )
    )
    phrases = models.TextField(help_text=CRISIS_PHRASES_HELP)
    read_sentences = models.BooleanField(
        "also read each search as a whole sentence",
        default=True,
        help_text=(
            "Besides the words above, the search boxes read what was typed as a whole sentence, with a model "
            "learned from over 800 sentences of crisis and nearly 1,900 ordinary searches, and show the panel when it "
            "reads like someone in danger though none of the words is in it (“she wrote letters to all of us and put "
            "them under her pillow”). It brings the panel for about 2 in 100 ordinary searches that the words "
            "alone would not. Untick to use the words alone. Forms never use it."
        ),
    )
    read_never = models.TextField(
        "searches the reading must not bring the panel for",
        blank=True,
        help_text=(
            "For a false alarm of the reading of whole sentences: one word or phrase a line, written and matched as "
            "the words above are (“night off”, “squinting at ... telly”). When one of them is in a search, reading "
            "it as a whole sentence does not bring the panel; the words above still do. Try a search in the box "
            "above to see which reading or word brings the panel."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "crisis panel"
        app_label = "localoffer"

    def __str__(self):
        return self.heading

    @property
    def phrase_list(self):
        return [line.strip() for line in self.phrases.splitlines() if line.strip()]


PICTOGRAMS = [
    ("phone", "Phone"),
    ("email", "Email"),
    ("school", "School"),
    ("doctor", "Doctor"),
    ("family", "Family"),
    ("child", "Child"),
    ("plan", "Plan or document"),
    ("question", "Question"),
    ("calendar", "Calendar"),
    ("money", "Money"),
    ("home", "Home"),
    ("talk", "Talk"),
]


class EasyReadPage(models.Model):
    """The easy-read version of an information page: short points, one idea each, a picture beside each."""

    page = models.OneToOneField(InformationPage, on_delete=models.CASCADE, related_name="easy_read")
    title = models.CharField(max_length=200, help_text="Short and plain, for example What is an EHC plan?")
    introduction = models.CharField(
        max_length=300, blank=True, help_text="One short sentence, shown under the title, in lists and in search."
    )
    published = models.BooleanField(default=True, help_text="Shown only when the full page is shown too.")
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        verbose_name = "easy-read page"
        app_label = "localoffer"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("information_easy_read", kwargs={"path": self.page.path})


class EasyReadPoint(models.Model):
    """One idea on an easy-read page, in one or two very short sentences, with a picture beside it."""

    easy_read = models.ForeignKey(EasyReadPage, on_delete=models.CASCADE, related_name="points")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(help_text="One idea. Short sentences and common words. No markdown.")
    pictogram = models.CharField(
        max_length=20, choices=PICTOGRAMS, blank=True, help_text="A simple picture from the set, or upload one."
    )
    image = models.ImageField(
        upload_to="easy-read/", blank=True, help_text="Your own picture, shown instead of the pictogram."
    )
    alt_text = models.CharField(
        "alt text",
        max_length=200,
        blank=True,
        help_text="What the picture shows, for people who cannot see it, for example A telephone.",
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "easy-read point"
        app_label = "localoffer"

    def __str__(self):
        return self.text[:60]

    def clean(self):
        if not self.pictogram and not self.image:
            raise ValidationError({"pictogram": "Choose a pictogram or upload a picture for this point."})
        if not self.alt_text.strip():
            raise ValidationError({"alt_text": "Enter alt text: say what the picture shows."})

    @property
    def picture_url(self):
        """The uploaded picture's address, or the chosen pictogram's in static files."""
        if self.image:
            return self.image.url
        return static(f"images/pictograms/{self.pictogram}.svg") if self.pictogram else ""


TRANSLATION_LANGUAGES = [
    ("pl", "Polski (Polish)"),
    ("ar", "العربية (Arabic)"),
    ("ur", "اردو (Urdu)"),
    ("ro", "Română (Romanian)"),
    ("pt", "Português (Portuguese)"),
    ("uk", "Українська (Ukrainian)"),
]
RIGHT_TO_LEFT = {"ar", "ur"}


class PageTranslation(models.Model):
    """An information page in another language, written or checked by a person (never a machine service)."""

    page = models.ForeignKey(InformationPage, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8, choices=TRANSLATION_LANGUAGES)
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300)
    body = models.TextField(help_text=MARKDOWN_HELP)
    made_by_person = models.BooleanField(
        "made by a person",
        default=False,
        help_text="Tick to confirm a person translated this. Machine translation is not allowed.",
    )
    demo = models.BooleanField(default=False, help_text="Marked on the page as a demo translation.")
    published = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["language"]
        verbose_name = "page translation"
        app_label = "localoffer"
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="page_translation_one_per_language")]

    def __str__(self):
        return f"{self.page.title} ({self.get_language_display()})"

    def get_absolute_url(self):
        return f"{self.page.get_absolute_url()}?lang={self.language}"

    def clean(self):
        if not self.made_by_person:
            raise ValidationError({"made_by_person": "Only translations made by a person can be published here."})

    @property
    def direction(self):
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"


class Translation(models.Model):
    """What every version in another language has: the language, and who made it (a person, never a machine)."""

    language = models.CharField(max_length=8, choices=TRANSLATION_LANGUAGES)
    made_by_person = models.BooleanField(
        "made by a person",
        default=False,
        help_text="Tick to confirm a person translated this. Machine translation is not allowed.",
    )
    demo = models.BooleanField(default=False, help_text="Marked on the page as a demo translation.")
    published = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ["language"]

    def clean(self):
        if not self.made_by_person:
            raise ValidationError({"made_by_person": "Only translations made by a person can be published here."})

    @property
    def direction(self):
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"


class NewsTranslation(Translation):
    """A news item in another language, written or checked by a person."""

    item = models.ForeignKey(NewsItem, on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300)
    body = models.TextField(help_text=MARKDOWN_HELP)

    class Meta(Translation.Meta):
        verbose_name = "news translation"
        app_label = "localoffer"
        constraints = [models.UniqueConstraint(fields=["item", "language"], name="news_translation_one_per_language")]

    def __str__(self):
        return f"{self.item.title} ({self.get_language_display()})"

    def get_absolute_url(self):
        return f"{self.item.get_absolute_url()}?lang={self.language}"
