"""The form that starts an email alert: an address, how often, and for news and events the topics."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from localoffer.core.antispam import HoneypotMixin, honeypot_layout
from localoffer.core.models import Alert


class AlertForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We will email you a link to confirm the alert. Nothing is sent until you do."),
        widget=forms.TextInput(attrs={"input_type": "email", "autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
        },
    )
    frequency = forms.ChoiceField(
        label=_("How often should we email you?"),
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        help_text=_("Only when something is new or has changed: no email when nothing has."),
        error_messages={"required": _("Choose how often we should email you")},
    )

    def __init__(self, *args, topic_groups=None, **kwargs):
        """`topic_groups`, for news and events: [(heading, [(slug, name)])], each a group of checkboxes."""
        super().__init__(*args, **kwargs)
        self.topic_fields = []
        for number, (heading, choices) in enumerate(topic_groups or []):
            name = f"topics_{number}"
            self.fields[name] = forms.MultipleChoiceField(
                label=heading,
                required=False,
                choices=choices,
                widget=forms.CheckboxSelectMultiple,
                help_text=_("Tick any that interest you, or none to hear about everything.") if number == 0 else "",
            )
            self.topic_fields.append(name)
        self.helper = FormHelper()
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(
            Field.text("email", field_width="two-thirds"),
            Field.radios("frequency", legend_size="s"),
            *(Field.checkboxes(name, legend_size="s", small=True) for name in self.topic_fields),
            honeypot_layout(),
            Submit("submit", _("Email me")),
        )

    def topics(self):
        """The topic slugs ticked, in every group."""
        return [slug for name in self.topic_fields for slug in self.cleaned_data.get(name, [])]
