"""The one rule for who may see personal data in the admin, for every app's models.

A model whose rows hold names or contact details declares the permission
`view_<model>_personal_data` in its Meta; only staff whose role has it ("personal" in an app's
roles.py) see those fields. Lists, detail pages, search, filters and exports all ask
`personal_data_visible`; `PersonalDataAdmin` applies it to a model admin's `personal_fields`.
"""

from django.contrib import admin


def personal_data_codename(model):
    return f"view_{model._meta.model_name}_personal_data"


def personal_data_visible(*, user, model):
    """True when this staff user may see the names and contact details held on `model`'s rows."""
    codename = personal_data_codename(model)
    if codename not in {declared for declared, _ in model._meta.permissions}:
        return True
    return user.is_active and user.has_perm(f"{model._meta.app_label}.{codename}")


class PersonalDataAdmin(admin.ModelAdmin):
    """Hides `personal_fields` from lists, forms, search and exports for staff without the role."""

    personal_fields = ()

    def personal_visible(self, request):
        return personal_data_visible(user=request.user, model=self.model)

    def get_list_display(self, request):
        fields = super().get_list_display(request)
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def get_list_display_links(self, request, list_display):
        links = super().get_list_display_links(request, list_display)
        return [link for link in links or list_display[:1] if link in list_display] or list_display[:1]

    def get_search_fields(self, request):
        fields = super().get_search_fields(request)
        if self.personal_visible(request):
            return fields
        return [f for f in fields if f.lstrip("=^@").split("__")[0] not in self.personal_fields]

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def get_exclude(self, request, obj=None):
        exclude = list(super().get_exclude(request, obj) or [])
        return exclude if self.personal_visible(request) else exclude + list(self.personal_fields)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def lookup_allowed(self, lookup, value, request=None):
        """No filtering on personal fields in the list's address (?email__startswith=...) without the role."""
        if lookup.split("__")[0] in self.personal_fields and not (request and self.personal_visible(request)):
            return False
        return super().lookup_allowed(lookup, value, request)
