"""The form that starts an email alert: an address, how often, and for news and events a topic."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from localoffer.core.alerts import TOPICS
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
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        choices=[("", "Any topic"), *((slug, name) for slug, (name, _) in TOPICS.items())],
        help_text=_("The area of need the news or events are about."),
    )

    def __init__(self, *args, with_topic=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_topic:
            del self.fields["topic"]
        self.helper = FormHelper()
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(
            Field.text("email", field_width="two-thirds"),
            Field.radios("frequency", legend_size="s"),
            *([Field.select("topic")] if with_topic else []),
            honeypot_layout(),
            Submit("submit", _("Email me")),
        )
