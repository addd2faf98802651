"""Forms of the printed directory: choose a booklet, and ask for a printed copy by post."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from localoffer.core.antispam import HoneypotMixin, honeypot_layout
from services.printed.booklets import booklet_part_choices

PART_ERROR = _("Choose which part of the directory you want")


def part_field(label):
    return forms.ChoiceField(
        label=label,
        choices=[("", _("Choose a part"))] + booklet_part_choices(),
        error_messages={"required": PART_ERROR, "invalid_choice": PART_ERROR},
    )


def large_print_field():
    return forms.TypedChoiceField(
        label=_("Print size"),
        choices=[("no", _("Standard print")), ("yes", _("Large print (for people with low vision)"))],
        coerce=lambda value: value == "yes",
        initial="no",
        error_messages={"required": _("Choose standard or large print")},
    )


class BookletForm(forms.Form):
    """Which booklet to make: a part of the directory, and standard or large print.

    With `search` (the part a search names), that search is offered first and chosen.
    """

    def __init__(self, *args, search=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part"] = part_field("Which part of the directory?")
        if search is not None:
            if search.kind == "search":
                choices = self.fields["part"].choices
                self.fields["part"].choices = [choices[0], (search.key, search.title), *choices[1:]]
            self.fields["part"].initial = search.key
        self.fields["large_print"] = large_print_field()
        self.helper = FormHelper()
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(
            Field.select("part", label_size=Size.SMALL),
            Field.radios("large_print", legend_size=Size.SMALL),
            Submit("submit", _("Make the booklet")),
        )


class PrintedCopyForm(HoneypotMixin, forms.Form):
    """Ask for a printed booklet to be posted: who to, where, and which part."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        error_messages={"required": _("Enter your name"), "max_length": _("Your name must be 200 characters or fewer")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    address = forms.CharField(
        label=_("Postal address"),
        help_text=_("House number and street, and the town."),
        max_length=500,
        error_messages={
            "required": _("Enter your postal address"),
            "max_length": _("The address must be 500 characters or fewer"),
        },
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=10,
        error_messages={"required": _("Enter your postcode"), "max_length": _("Enter a real postcode, like BH1 1AA")},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part"] = part_field("Which part of the directory would you like?")
        self.fields["large_print"] = large_print_field()
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)
        self.helper = FormHelper()
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(
            Field.text("name", label_size=Size.SMALL, field_width="two-thirds"),
            Field.textarea("address", label_size=Size.SMALL),
            Field.text("postcode", label_size=Size.SMALL, field_width=10),
            Field.select("part", label_size=Size.SMALL),
            Field.radios("large_print", legend_size=Size.SMALL),
            honeypot_layout(),
            Submit("submit", _("Send the request")),
        )

    def clean(self):
        data = super().clean()
        for name in ("name", "address", "postcode"):
            if isinstance(data.get(name), str):
                data[name] = data[name].strip()
        if data.get("postcode"):
            data["postcode"] = " ".join(data["postcode"].upper().split())
        return data
