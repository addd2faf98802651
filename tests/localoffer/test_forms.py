"""GOV.UK form markup: the error summary links each error to something that can take focus."""

from django import forms
from django.template import Context, Template


class WhoForm(forms.Form):
    name = forms.CharField()
    who = forms.ChoiceField(
        choices=[("parent", "Parent or carer"), ("young", "Young person")], widget=forms.RadioSelect
    )
    levels = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple)


def render_summary(form):
    return Template("{% load crispy_forms_gds %}{% error_summary form %}").render(Context({"form": form}))


def test_error_summary_links_radios_and_checkboxes_to_their_first_option():
    form = WhoForm(data={})
    assert not form.is_valid()
    html = render_summary(form)
    assert "There is a problem" in html
    assert 'href="#id_name"' in html
    assert 'href="#id_who_1"' in html
    assert 'href="#id_levels_1"' in html


def test_error_summary_is_absent_when_the_form_has_no_errors():
    form = WhoForm(data={"name": "Sam", "who": "parent", "levels": ["a"]})
    assert form.is_valid()
    assert "There is a problem" not in render_summary(form)
