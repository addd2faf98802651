"""Public forms for co-production and feedback, laid out with GOV.UK Design System markup."""

import re

from crispy_forms.utils import TEMPLATE_PACK, render_field
from crispy_forms_gds.choices import Choice
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import HTML, Field, Fieldset, Layout, Size, Submit
from django import forms
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from coproduction.models import Feedback, ListingReport, PanelVolunteer, PledgeLevel
from coproduction.models.choices import WhoYouAre
from localoffer.core.antispam import HoneypotMixin, honeypot_layout
from localoffer.core.single_line import single_line_fields
from services.models import Service

OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
PRIVACY_LINK = (
    '<p class="govuk-body">Read our <a class="govuk-link" href="{% url \'privacy\' %}">privacy notice</a> '
    "to find out how we use your information and how long we keep it.</p>"
)


# Every question on the public forms has the same style: a bold label or legend at body size
# (govuk-label--s, govuk-fieldset__legend--s). Headings inside a form stay govuk-heading-m.
QUESTION_SIZE = Size.SMALL


def text(name, **kwargs):
    return Field.text(name, label_size=QUESTION_SIZE, **kwargs)


def textarea(name, **kwargs):
    return Field.textarea(name, label_size=QUESTION_SIZE, **kwargs)


def radios(name, **kwargs):
    return Field.radios(name, legend_size=QUESTION_SIZE, **kwargs)


def checkboxes(name, **kwargs):
    return Field.checkboxes(name, legend_size=QUESTION_SIZE, **kwargs)


def select(name, **kwargs):
    return Field(name, context={"label_size": Size.for_label(QUESTION_SIZE)}, **kwargs)


class RadiosWithReveal:
    """Radios where choosing an option reveals more questions (the GOV.UK conditional reveal).

    Without JavaScript the revealed questions are always shown; with it, only under the chosen
    option. The template pack's own version cannot be used: it never marks which option's content
    to show and uses an attribute GOV.UK Frontend's script does not read.
    """

    template = "gds/layout/radios_with_reveal.html"

    def __init__(self, name, reveal):
        self.name = name
        self.reveal = reveal  # {choice value: [layout objects]}
        self.fields = [self.name]

    def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
        field = form[self.name]
        items = []
        for position, choice in enumerate(field.field.choices, start=1):
            content = "".join(
                render_field(child, form, context, template_pack=template_pack, **kwargs)
                for child in self.reveal.get(choice[0], [])
            )
            checked = str(choice[0]) == str(field.value())
            items.append({"choice": choice, "position": position, "content": content, "checked": checked})
        return render_to_string(
            self.template,
            {
                "field": field,
                "items": items,
                "legend_size": Size.for_legend(QUESTION_SIZE),
                "form_show_errors": True,
                "form_show_labels": True,
            },
        )


def _text(max_length, *, label, required_message=None, help_text="", autocomplete=None, spellcheck=None):
    """A one-line text field; required when it has a `required_message`."""
    attrs = {}
    if autocomplete:
        attrs["autocomplete"] = autocomplete
    if spellcheck is not None:
        attrs["spellcheck"] = "true" if spellcheck else "false"
    return forms.CharField(
        max_length=max_length,
        required=required_message is not None,
        label=label,
        help_text=help_text,
        widget=forms.TextInput(attrs=attrs),
        error_messages={
            "required": required_message or "",
            "max_length": f"{label.removesuffix(' (optional)')} must be {max_length} characters or fewer",
        },
    )


def _textarea(max_length, *, label, required_message=None, help_text="", short_name=None):
    """A text area with a character count; required when it has a `required_message`."""
    short_name = short_name or label.removesuffix(" (optional)")
    return forms.CharField(
        max_length=max_length,
        required=required_message is not None,
        label=label,
        help_text=help_text,
        widget=forms.Textarea,
        error_messages={
            "required": required_message or "",
            "max_length": f"{short_name} must be {max_length} characters or fewer",
        },
    )


class PublicForm(HoneypotMixin, forms.Form):
    """A public form: honeypot, GOV.UK layout, and no `maxlength` on text areas.

    The GOV.UK character count tells people how many characters are left instead of silently
    cutting off what they paste, so the limit is checked on the server and shown beside the field.
    """

    submit_text = _("Continue")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.pop("maxlength", None)
                field.widget.attrs.setdefault("aria-describedby", "")  # the pack appends the counter's id
        single_line_fields(self)
        self.helper = FormHelper()
        # Our error summary and messages, not the browser's own bubbles (GOV.UK Design System).
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(*self.layout_fields(), honeypot_layout(), Submit("submit", self.submit_text))

    def layout_fields(self):
        return list(self.fields)

    def clean(self):
        data = super().clean()
        for name, value in data.items():
            if isinstance(value, str):
                data[name] = value.strip()
        return data


def _email_field(*, required=True, help_text=""):
    return forms.EmailField(
        required=required,
        max_length=254,
        label=_("Email address"),
        help_text=help_text,
        # A text input of type email: the template pack gives only text inputs the error border.
        widget=forms.TextInput(attrs={"input_type": "email", "autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
        },
    )


class PledgeForm(PublicForm):
    """Sign the co-production pledge."""

    submit_text = _("Sign the pledge")

    name = _text(
        100, label=_("Full name"), autocomplete="name", spellcheck=False, required_message=_("Enter your full name")
    )
    email = _email_field(help_text=_("We will email you a link to confirm your pledge."))
    who = forms.ChoiceField(
        label=_("Who are you?"),
        choices=WhoYouAre.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select who you are")},
    )
    organisation = _text(150, label=_("Organisation name (optional)"), autocomplete="organization")
    postcode_area = _text(
        4,
        label=_("Postcode area (optional)"),
        help_text=_("The first part of your postcode, for example BH23"),
        autocomplete="off",
        spellcheck=False,
    )
    levels = forms.MultipleChoiceField(
        label=_("Which levels do you pledge to?"),
        help_text=_("Select all that apply."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Select at least one level to pledge to")},
    )
    show_on_wall = forms.BooleanField(
        required=False, label=_("Show my first name and who I am on the public list of people who have pledged")
    )
    consent_to_contact = forms.BooleanField(
        required=False, label=_("You may contact me about co-production opportunities")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.levels = {level.slug: level for level in PledgeLevel.objects.filter(active=True)}
        self.fields["levels"].choices = [
            Choice(level.slug, level.name, hint=level.summary) for level in self.levels.values()
        ]

    def layout_fields(self):
        return [
            text("name", field_width="two-thirds"),
            text("email", field_width="two-thirds"),
            radios("who"),
            text("organisation", field_width="two-thirds"),
            text("postcode_area", field_width=5),
            checkboxes("levels"),
            HTML('<h2 class="govuk-heading-m">Your choices</h2>'),
            Field.checkbox("show_on_wall"),
            Field.checkbox("consent_to_contact"),
            HTML(PRIVACY_LINK),
        ]

    def clean_postcode_area(self):
        value = self.cleaned_data["postcode_area"].replace(" ", "").upper()
        if value and not OUTWARD_CODE.match(value):
            raise forms.ValidationError(_("Enter the first part of a postcode, like BH23"))
        return value

    def clean_levels(self):
        return [self.levels[slug] for slug in self.cleaned_data["levels"] if slug in self.levels]


class VolunteerForm(PublicForm):
    """Register interest in joining interview panels."""

    submit_text = _("Register my interest")

    name = _text(
        100, label=_("Full name"), autocomplete="name", spellcheck=False, required_message=_("Enter your full name")
    )
    email = _email_field()
    phone = _text(
        30,
        label=_("Phone number (optional)"),
        autocomplete="tel",
        help_text=_("If you would rather we phoned you"),
    )
    who = forms.ChoiceField(
        label=_("Who are you?"),
        choices=PanelVolunteer.Who.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select who you are")},
    )
    age_group = forms.ChoiceField(
        label=_("How old is your child, or how old are you if you are a young person?"),
        choices=PanelVolunteer.AgeGroup.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select an age group")},
    )
    availability = forms.MultipleChoiceField(
        label=_("When could you take part?"),
        help_text=_("Select all that apply."),
        choices=[
            Choice("weekday-mornings", "Weekday mornings", hint="9:30am to 12pm, in school hours"),
            Choice("weekday-afternoons", "Weekday afternoons", hint="12pm to 3pm, in school hours"),
            Choice("evenings", "Evenings", hint="After 5pm"),
        ],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Select when you could take part")},
    )
    online = forms.BooleanField(required=False, label=_("I would rather take part online, by video call"))
    availability_notes = _textarea(500, label=_("Anything else about when you could take part (optional)"))
    access_needs = _textarea(
        1000,
        label=_("Access needs or support you need to take part (optional)"),
        help_text=_("For example a quiet room, BSL interpreter, help with travel costs or childcare."),
    )

    def clean_phone(self):
        value = self.cleaned_data["phone"]
        if value and not re.fullmatch(r"[0-9 +()\-]{6,30}", value):
            raise forms.ValidationError(_("Enter a phone number, like 01202 123 456 or 07700 900 982"))
        return value

    def clean(self):
        data = super().clean()
        if data.get("who") == PanelVolunteer.Who.YOUNG_PERSON and data.get("age_group") in {"0-4", "5-10", "11-15"}:
            self.add_error("age_group", "Young people joining panels must be 16 to 25: select your own age group")
        # How, not when: kept with the times, as the staff's list of volunteers shows it.
        if data.pop("online", False) and "availability" in data:
            data["availability"] = [*data["availability"], "online"]
        return data

    def layout_fields(self):
        return [
            text("name", field_width="two-thirds"),
            text("email", field_width="two-thirds"),
            text("phone", field_width=20),
            radios("who"),
            radios("age_group"),
            checkboxes("availability"),
            Field.checkbox("online"),
            textarea("availability_notes", rows=3, max_characters=500),
            textarea("access_needs", rows=4, max_characters=1000),
            HTML(PRIVACY_LINK),
        ]


class BookingForm(PublicForm):
    """Book a place (or a waiting-list place) on a forum or event."""

    submit_text = _("Book a place")

    name = _text(
        100, label=_("Full name"), autocomplete="name", spellcheck=False, required_message=_("Enter your full name")
    )
    email = _email_field(help_text=_("We will email you the details."))
    access_needs = _textarea(
        1000,
        label=_("Access needs (optional)"),
        help_text=_("Tell us anything that would help you take part, for example a hearing loop or step-free access."),
    )

    def __init__(self, *args, waiting_list=False, **kwargs):
        if waiting_list:
            self.submit_text = _("Join the waiting list")
        super().__init__(*args, **kwargs)

    def layout_fields(self):
        return [
            text("name", field_width="two-thirds"),
            text("email", field_width="two-thirds"),
            textarea("access_needs", rows=4, max_characters=1000),
            HTML(PRIVACY_LINK),
        ]


class FeedbackForm(PublicForm):
    """Give feedback: anonymous unless the person wants a reply."""

    submit_text = _("Send feedback")

    kind = forms.ChoiceField(
        label=_("What kind of feedback is it?"),
        choices=Feedback.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select what kind of feedback it is")},
    )
    about = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Feedback.About.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select what your feedback is about")},
    )
    message = _textarea(2000, label=_("Your feedback"), required_message=_("Enter your feedback"))
    who = forms.ChoiceField(
        required=False,
        label=_("Who are you? (optional)"),
        choices=Feedback.Who.choices,
        widget=forms.RadioSelect,
    )
    name = _text(100, label=_("Your name (optional)"), autocomplete="name", spellcheck=False)
    email = _email_field(
        required=False,
        help_text=_("Only if you would like a reply. Without an email address we cannot reply to you."),
    )

    service = forms.ModelChoiceField(
        required=False,
        queryset=Service.objects.none(),
        to_field_name="slug",
        label=_("Which service is it about?"),
        empty_label=_("Choose a service"),
        error_messages={"invalid_choice": _("Choose a service from the list")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address (optional)"
        self.fields["service"].queryset = Service.objects.visible().only("slug", "name")
        if self.initial.get("service"):  # sent here from a service's page
            self.initial.setdefault("about", Feedback.About.SERVICE)

    def clean(self):
        data = super().clean()
        if data.get("about") == Feedback.About.SERVICE:
            if not data.get("service") and "service" not in self.errors:
                self.add_error("service", "Choose the service your feedback is about")
        else:
            # Only asked under "A service listed on the Local Offer"; without JavaScript the list
            # is always shown, so a choice left there with another answer is not kept.
            data["service"] = None
            self.errors.pop("service", None)
        return data

    def layout_fields(self):
        return [
            radios("kind"),
            RadiosWithReveal("about", {Feedback.About.SERVICE: [select("service")]}),
            textarea("message", rows=6, max_characters=2000),
            HTML(
                '<h2 class="govuk-heading-m">About you</h2>'
                '<p class="govuk-body">You can send feedback without telling us who you are. '
                "If you would like a reply, give us your email address.</p>"
            ),
            radios("who"),
            text("name", field_width="two-thirds"),
            text("email", field_width="two-thirds"),
            HTML(PRIVACY_LINK),
        ]


class PageVoteForm(forms.Form):
    """The "Is this page useful?" answer; the page path comes from a hidden field."""

    path = forms.CharField(max_length=500)
    useful = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")])


class PageCommentForm(PublicForm):
    """What went wrong on a page: no personal data asked for."""

    submit_text = _("Send")

    token = forms.CharField(widget=forms.HiddenInput, required=False)
    path = forms.CharField(widget=forms.HiddenInput, max_length=500, required=False)
    comment = _textarea(
        500,
        label=_("What went wrong? (optional)"),
        short_name="What went wrong",
        help_text=_("Do not include personal information such as your name, email address or your child's details."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper.form_action = reverse("coproduction:page-comment")  # shown on the vote's address

    def layout_fields(self):
        return ["token", "path", textarea("comment", rows=3, max_characters=500)]


class ListingReportForm(PublicForm):
    """Report a problem with a service listing."""

    submit_text = _("Send report")

    problem = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=ListingReport.Problem.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select what is wrong with the listing")},
    )
    description = _textarea(
        1000,
        label=_("Tell us more"),
        short_name="What you tell us",
        help_text=_("For example the right phone number, or when the service closed."),
        required_message=_("Tell us more about what is wrong, for example the right phone number"),
    )
    email = _email_field(
        required=False,
        help_text=_("Only if you would like us to tell you when we have checked it."),
    )
    wants_reply = forms.BooleanField(
        required=False,
        label=_("Yes, email me what changed when the listing is corrected"),
        help_text=_("We only use your email address for this report."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address (optional)"

    def clean(self):
        data = super().clean()
        if data.get("wants_reply") and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "Enter your email address so that we can tell you when it is corrected")
        # One error at a time for an empty form: choosing what is wrong comes first.
        if "problem" in self.errors and not self.data.get("description", "").strip():
            self.errors.pop("description", None)
        return data

    def layout_fields(self):
        return [
            radios("problem"),
            textarea("description", rows=5, max_characters=1000),
            text("email", field_width="two-thirds"),
            Fieldset(
                Field.checkbox("wants_reply"),
                legend="Do you want to hear back when it is corrected?",
                legend_size=QUESTION_SIZE,
            ),
            HTML(PRIVACY_LINK),
        ]
