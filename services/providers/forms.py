"""The provider area's forms, in GOV.UK Design System markup, validated by the same model rules as the admin.

A listing is edited a part at a time (`ListingForms`, see `parts.py`): some of the service's own
fields (`ListingForm`), its places, opening times or steps (formsets with a blank row for adding
one, so no JavaScript is needed), or its Local Offer answers, with the problem reports the change
fixes. Every form is a ModelForm of the model it
changes, or checks its values with that model's own validation, so what the admin refuses is
refused here too.
"""

import datetime

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Fieldset, Layout, Size, Submit
from django import forms
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from localoffer.core.antispam import HoneypotMixin, honeypot_layout
from services.models import AccessStep, Category, LocalOfferQuestion, Location, Need, OpeningTime, Service, Wait
from services.opening import clock_parse
from services.providers.listings import (
    LOCATION_FIELDS,
    OPENING_TIME_FIELDS,
    SERVICE_FIELDS,
    STEP_FIELDS,
    ListingSnapshot,
)
from services.templatetags.directory import clock

EMAIL_ERRORS = {
    "required": _("Enter your email address"),
    "invalid": _("Enter an email address in the correct format, like name@example.com"),
}


def _helper(layout=None):
    """A helper for a form that sits inside the page's own <form>, with its own fieldsets."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    if layout is not None:
        helper.layout = layout
    return helper


class SignInForm(HoneypotMixin, forms.Form):
    """Ask for a sign-in link."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("The address the council invited. We will email a link to it."),
        # A text input typed as email: crispy-forms-gds gives only text inputs the error border.
        widget=forms.TextInput(attrs={"input_type": "email", "autocomplete": "email", "spellcheck": "false"}),
        error_messages=EMAIL_ERRORS,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(
            Field.text("email", field_width="two-thirds"), honeypot_layout(), Submit("submit", _("Email me a link"))
        )


class TermChoiceField(forms.ModelMultipleChoiceField):
    """Categories and needs as checkboxes, the ones under a heading named with it."""

    def label_from_instance(self, term):
        return f"{term.parent.name}: {term.name}" if term.parent_id else term.name


PROVIDER_STATUSES = [
    (Service.Status.PUBLISHED, _("Running: show it on the website")),
    (Service.Status.TEMPORARILY_CLOSED, _("Temporarily closed: show it with a notice")),
    (Service.Status.ARCHIVED, _("No longer running: take it off the website")),
]


# The service's own fields in groups, each its own fieldset: {key: (legend, fields)}.
LISTING_FIELDSETS = {
    "about": (
        _("About the service"),
        ["organisation", "name", "summary", Field.textarea("description", rows=8), "status", "status_note"],
    ),
    "who": (
        _("Who it is for"),
        [Field.text("minimum_age", field_width=2), Field.text("maximum_age", field_width=2), "categories", "needs",
         "eligibility"],
    ),
    "how": ("How to get it", ["access", "referral_details", "cost", "fees"]),
    "where": (
        _("Where and how it is delivered"),
        ["coverage", "in_person", "online", "by_phone", "home_visits", "opening_notes"],
    ),
    "contact": ("Contact details", ["contact_name", Field.text("phone", field_width=20), "email", "website"]),
}  # fmt: skip


def fieldset_names(key):
    """The names of the fields in one of `LISTING_FIELDSETS`."""
    return [item if isinstance(item, str) else item.fields[0] for item in LISTING_FIELDSETS[key][1]]


class ListingForm(forms.ModelForm):
    """A service's own fields, for one of the provider's organisations: all of them, or some fieldsets."""

    categories = TermChoiceField(
        queryset=Category.objects.select_related("parent").order_by("parent__order", "parent__name", "order", "name"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Select at least one category")},
    )
    needs = TermChoiceField(
        queryset=Need.objects.select_related("parent").order_by("parent__order", "parent__name", "order", "name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave them all unticked if it is open to any need."),
    )

    class Meta:
        model = Service
        fields = ["organisation", *SERVICE_FIELDS, "categories", "needs"]
        widgets = {
            "status": forms.RadioSelect,
            "cost": forms.RadioSelect,
            "access": forms.RadioSelect,
            "coverage": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 8}),
            "eligibility": forms.Textarea(attrs={"rows": 3}),
            "referral_details": forms.Textarea(attrs={"rows": 3}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "email": forms.TextInput(attrs={"input_type": "email", "spellcheck": "false"}),
        }
        labels = {
            "name": _("Name of the service"),
            "minimum_age": _("Youngest age"),
            "maximum_age": _("Oldest age"),
            "phone": _("Phone number"),
            "email": _("Email address"),
        }

    def __init__(self, *args, organisations, fieldsets=tuple(LISTING_FIELDSETS), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].empty_label = None
        self.fields["organisation"].error_messages["invalid_choice"] = _("Select one of your organisations")
        status = self.fields["status"]
        status.choices = PROVIDER_STATUSES
        status.help_text = _("Changing this also waits for the council's approval.")
        for name in ("in_person", "online", "by_phone", "home_visits"):
            self.fields[name].label = str(self.fields[name].label).capitalize()
        kept = {name for key in fieldsets for name in fieldset_names(key)}
        for name in list(self.fields):
            if name not in kept:
                del self.fields[name]  # another part's: left as it is, and not validated
        required_errors_named(self)
        self.helper = _helper(
            Layout(
                *(
                    Fieldset(*LISTING_FIELDSETS[key][1], legend=LISTING_FIELDSETS[key][0], legend_size=Size.MEDIUM)
                    for key in fieldsets
                )
            )
        )


def required_errors_named(form):
    """ "Enter the name" rather than "This field is required.", so an error summary says which field it means."""
    for field in form.fields.values():
        if field.required and field.label:
            choose = isinstance(field.widget, (forms.Select, forms.RadioSelect, forms.CheckboxSelectMultiple))
            words = _("Choose %(field)s") if choose else _("Enter %(field)s")
            field.error_messages["required"] = words % {"field": str(field.label).lower()}


class RowForm(forms.ModelForm):
    """One place or opening time; `row` is the id of the row it edits (empty for a new one)."""

    row = forms.IntegerField(required=False, widget=forms.HiddenInput)
    row_noun = _("Row")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "DELETE" in self.fields:
            self.fields["DELETE"].label = self.remove_label
        required_errors_named(self)
        self.helper = _helper()

    @property
    def row_title(self):
        """ "Place 2", "Opening time 1": which row an error in the summary belongs to."""
        number = (self.prefix or "").rsplit("-", 1)[-1]
        return f"{self.row_noun} {int(number) + 1}" if number.isdigit() else ""


class LocationForm(RowForm):
    remove_label = _("Remove this place")
    row_noun = _("Place")

    class Meta:
        model = Location
        fields = [*LOCATION_FIELDS, "accessibility"]
        widgets = {"accessibility": forms.CheckboxSelectMultiple, "address": forms.Textarea(attrs={"rows": 3})}


class ClockField(forms.TimeField):
    """A time as people type it ("9", "9am", "9.30", "09:30", "9:30pm"), the way the site shows times."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.widget = forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"})

    def prepare_value(self, value):
        if isinstance(value, str):
            try:
                value = datetime.time.fromisoformat(value)
            except ValueError:
                return value  # what the provider typed, shown back beside its error
        return clock(value) if isinstance(value, datetime.time) else value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        try:
            return clock_parse(text=value)
        except ValueError:
            raise forms.ValidationError(
                _("Enter %(label)s as a time, like 9am, 9:30am or 5pm") % {"label": str(self.label).lower()},
                code="invalid",
            ) from None


class OpeningTimeForm(RowForm):
    remove_label = _("Remove this opening time")
    row_noun = _("Opening time")
    opens = ClockField(label=_("Opens"), help_text=_("For example 9am or 9:30"))
    closes = ClockField(label=_("Closes"), help_text=_("For example 5pm or 17:00"))

    class Meta:
        model = OpeningTime
        fields = OPENING_TIME_FIELDS


class StepForm(RowForm):
    """One step of "how to get it"; steps are shown numbered, in the order of their step numbers."""

    remove_label = _("Remove this step")

    class Meta:
        model = AccessStep
        fields = STEP_FIELDS
        labels = {
            "order": _("Step number"),
            "title": _("What happens, or what the family does"),
            "how_long": _("How long"),
        }
        help_texts = {"order": _("Steps are shown in this order: 1 first.")}
        widgets = {
            "order": forms.TextInput(attrs={"inputmode": "numeric"}),
            "detail": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The empty step starts empty, so that leaving it alone adds nothing; a step without a number goes last.
        self.fields["order"].required = False
        self.fields["order"].initial = None
        if not self.initial.get("title"):
            self.initial.pop("order", None)

    def clean_order(self):
        order = self.cleaned_data.get("order")
        return 999 if order is None else order


LocationFormSet = formset_factory(LocationForm, extra=1, can_delete=True)
StepFormSet = formset_factory(StepForm, extra=1, can_delete=True)
OpeningTimeFormSet = formset_factory(OpeningTimeForm, extra=1, can_delete=True)


class AnswersForm(forms.Form):
    """The Local Offer questions, one text box each; an empty box means no answer."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        for question in questions:
            self.fields[f"answer_{question.pk}"] = forms.CharField(
                label=question.question,
                help_text=question.help_text,
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
        self.questions = questions
        self.helper = _helper()

    def answers(self):
        return {
            str(question.pk): self.cleaned_data[f"answer_{question.pk}"].strip()
            for question in self.questions
            if self.cleaned_data.get(f"answer_{question.pk}", "").strip()
        }


class FixesReportsForm(forms.Form):
    """Which of the listing's open problem reports this change puts right."""

    fixes = forms.MultipleChoiceField(
        label=_("Which problem reports does this change fix?"),
        help_text=_("When the council approves the change, anyone who asked to hear back is told what changed."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fixes"].choices = [(str(report.id), report.description) for report in reports]
        self.helper = _helper()


class RejectForm(forms.Form):
    """Why an editor turns a change down; the provider is emailed it."""

    reason = forms.CharField(
        label=_("Why is it not approved?"),
        help_text=_("This is emailed to the person who sent the change."),
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        max_length=2000,
        error_messages={"required": _("Say why the change is not approved")},
    )


class WaitForm(forms.Form):
    """One wait: what it is for, how long (weeks or months, or no waiting list) and a note."""

    label = forms.CharField(
        label=_("What the wait is for (optional)"),
        help_text=_("Only when the service has more than one wait, for example: autism assessment."),
        max_length=120,
        required=False,
    )
    amount = forms.IntegerField(
        label=_("Typical wait"),
        help_text=_("From referral (or first contact) to the first appointment, as a whole number."),
        min_value=1,
        max_value=520,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Enter the typical wait as a whole number, like 6"),
            "min_value": _("Enter a wait of at least 1, or choose no waiting list"),
            "max_value": _("Enter a wait of at most 520"),
        },
    )
    unit = forms.ChoiceField(
        label=_("Weeks or months"),
        choices=Wait.Unit.choices,
        initial=Wait.Unit.WEEKS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose weeks, months or no waiting list")},
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        help_text=_("For example: urgent cases are seen sooner."),
        max_length=300,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "DELETE" in self.fields:
            self.fields["DELETE"].label = _("Remove this wait")
        self.helper = _helper(
            Layout(
                Field.text("label"),
                Field.text("amount", field_width=4),
                Field.radios("unit", inline=True),
                Field.text("note"),
                *(["DELETE"] if "DELETE" in self.fields else []),
            )
        )

    def clean(self):
        data = super().clean()
        unit, amount = data.get("unit"), data.get("amount")
        if unit and unit != Wait.Unit.NONE and amount is None and "amount" not in self.errors:
            self.add_error("amount", _("Enter the typical wait as a number of weeks or months"))
        if unit == Wait.Unit.NONE:
            data["amount"] = None
        return data

    def row(self):
        return {name: self.cleaned_data.get(name) for name in ("label", "amount", "unit", "note")}


class BaseWaitFormSet(forms.BaseFormSet):
    def rows(self):
        """The waits as sent, in order: rows not removed and not left empty."""
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            rows.append(form.row())
        return rows


WaitFormSet = formset_factory(WaitForm, formset=BaseWaitFormSet, extra=1, can_delete=True)


def _time_text(value):
    return value.strftime("%H:%M") if isinstance(value, datetime.time) else value


class ListingForms:
    """The forms of one part of a listing (see `parts.py`), built from a snapshot and the posted data.

    `proposed()` is the snapshot they start from with this part replaced by what was sent.
    """

    def __init__(self, data, *, account, service, base, reports, part, fixes=()):
        self.service, self.part, self.base = service, part, base or {}
        organisations = account.organisations.order_by("name")
        self.listing = self._listing_form(data, organisations=organisations) if part.fieldsets else None
        rows = {
            "places": (LocationFormSet, "locations", [*LOCATION_FIELDS, "accessibility"]),
            "times": (OpeningTimeFormSet, "opening_times", OPENING_TIME_FIELDS),
            "steps": (StepFormSet, "steps", STEP_FIELDS),
        }
        for name, (formset, key, fields) in rows.items():
            initial = [{"row": row["id"], **{f: row[f] for f in fields}} for row in self.base.get(key) or []]
            setattr(self, name, formset(data, prefix=name, initial=initial) if name in part.rows else None)
        self.questions = list(LocalOfferQuestion.objects.filter(is_active=True)) if part.answers else []
        self.answers = None
        if part.answers:
            answers = self.base.get("answers", {})
            self.answers = AnswersForm(
                data,
                prefix="answers",
                questions=self.questions,
                initial={f"answer_{pk}": text for pk, text in answers.items()},
            )
        self.refusals = []  # why what was sent is refused, when this part has no field to show it beside
        self.reports = reports
        self.fixes = FixesReportsForm(
            data, prefix="fixes", reports=reports, initial={"fixes": [str(pk) for pk in fixes]}
        )

    def _listing_form(self, data, *, organisations):
        instance = Service.objects.get(pk=self.service.pk) if self.service else Service()
        if self.base:
            # The instance holds the version being changed, so the model's checks see the other parts as sent.
            instance.organisation_id = self.base["organisation"]
            for name, value in self.base["service"].items():
                if name in SERVICE_FIELDS:
                    setattr(instance, name, value)
            initial = {
                **self.base["service"],
                "organisation": self.base["organisation"],
                "categories": self.base["categories"],
                "needs": self.base["needs"],
            }
        else:
            first = organisations.first()
            initial = {"organisation": first.pk if first else None, "status": Service.Status.PUBLISHED}
        return ListingForm(
            data, instance=instance, initial=initial, organisations=organisations, fieldsets=self.part.fieldsets
        )

    @property
    def formsets(self):
        return [formset for formset in (self.places, self.times, self.steps) if formset is not None]

    @property
    def all_forms(self):
        every = [self.listing] if self.listing else []
        every += [form for formset in self.formsets for form in formset.forms]
        return every + ([self.answers] if self.answers else []) + [self.fixes]

    def is_valid(self):
        every = [self.listing, *self.formsets, self.answers, self.fixes]
        results = [form.is_valid() for form in every if form is not None]
        return all(results)

    @property
    def has_errors(self):
        return bool(self.formset_errors) or any(form.errors for form in self.all_forms)

    @property
    def formset_errors(self):
        return [*self.refusals, *(error for formset in self.formsets for error in formset.non_form_errors())]

    def add_error(self, name, message):
        """An error beside the field it names when this part has it, else at the top of the form."""
        if self.listing is not None and name in self.listing.fields:
            self.listing.add_error(name, message)
        elif self.listing is not None:
            self.listing.add_error(None, message)
        else:
            self.refusals.append(message)

    def _rows(self, formset, *, fields, own_ids, extra=None):
        rows = []
        for form in formset.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE"):
                continue
            row = {"id": data.get("row") if data.get("row") in own_ids else None}
            for name in fields:
                row[name] = _time_text(getattr(form.instance, name))
            if extra:
                row.update(extra(form))
            rows.append(row)
        return rows

    def _listing_proposed(self, snapshot):
        cleaned = self.listing.cleaned_data
        snapshot.service = {name: getattr(self.listing.instance, name) for name in SERVICE_FIELDS}
        if "organisation" in cleaned:
            snapshot.organisation = cleaned["organisation"].pk
        for name in ("categories", "needs"):
            if name in cleaned:
                setattr(snapshot, name, sorted(term.pk for term in cleaned[name]))

    def proposed(self):
        """The listing as the provider wants it, as a snapshot dict: the base with this part as sent."""
        snapshot = ListingSnapshot.from_data(self.base)
        service = self.service
        if self.listing is not None:
            self._listing_proposed(snapshot)
        if self.places is not None:
            snapshot.locations = self._rows(
                self.places,
                fields=LOCATION_FIELDS,
                own_ids=set(service.locations.values_list("pk", flat=True)) if service else set(),
                extra=lambda form: {"accessibility": sorted(f.pk for f in form.cleaned_data["accessibility"])},
            )
        if self.times is not None:
            own = set(service.opening_times.values_list("pk", flat=True)) if service else set()
            times = self._rows(self.times, fields=OPENING_TIME_FIELDS, own_ids=own)
            snapshot.opening_times = sorted(times, key=lambda time: (time["weekday"], time["opens"]))
        if self.steps is not None:
            own = set(service.steps.values_list("pk", flat=True)) if service else set()
            steps = self._rows(self.steps, fields=STEP_FIELDS, own_ids=own)
            snapshot.steps = sorted(steps, key=lambda step: step["order"])
        if self.answers is not None:
            snapshot.answers = self.answers.answers()
        return snapshot.data()

    def fixes_reports(self):
        return [int(pk) for pk in self.fixes.cleaned_data["fixes"]]
