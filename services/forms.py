"""Forms a family fills in on the directory's pages: sending a shortlist by email."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from localoffer.core.antispam import HoneypotMixin, honeypot_layout


class ShortlistEmailForm(HoneypotMixin, forms.Form):
    """Where to send the shortlist: any address, yours or someone else's; it is not kept."""

    email = forms.EmailField(
        max_length=254,
        label=_("Email address"),
        help_text=_("Yours, or someone you want to share it with. We do not keep it."),
        widget=forms.TextInput(attrs={"input_type": "email", "autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter the email address to send the shortlist to"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.attrs = {"novalidate": ""}
        self.helper.form_action = "#send"
        self.helper.layout = Layout(
            Field.text("email", label_size=Size.SMALL), honeypot_layout(), Submit("send", _("Email the shortlist"))
        )

    def clean_email(self):
        return self.cleaned_data["email"].strip()
