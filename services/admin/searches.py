"""What people searched the directory for: the searches of the last 30 or 90 days, those that found nothing first."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from services.models import SearchDealtWith, SearchRecord, SearchTerm
from services.search.report import query_normalise, searches_report
from services.search.search_words import SearchWordError, search_mark_dealt_with, search_word_add_to_term

PERIODS = (30, 90)


class AddToTermForm(forms.Form):
    term = forms.CharField(
        label="Add it to an existing search word",
        help_text="Start typing the search word, for example autism, and choose it from the list.",
        max_length=100,
        error_messages={"required": "Enter the search word to add it to"},
        widget=forms.TextInput(attrs={"list": "search-terms", "autocomplete": "off", "size": 40}),
    )


class DealtWithForm(forms.Form):
    how = forms.CharField(
        label="What was done, or why nothing needs doing",
        help_text="For example: no such service in the area; the spelling suggestion finds it.",
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs={"size": 60}),
    )


@admin.register(SearchRecord)
class SearchRecordAdmin(admin.ModelAdmin):
    """A read-only report; staff who may add search words can add one from any search that found too little."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        view = self.admin_site.admin_view(self.search_word_view)
        return [path("word/", view, name="services_searchrecord_word"), *super().get_urls()]

    def search_word_view(self, request):
        """One search: add it to an existing search word, make a new one, or mark it as dealt with."""
        if not request.user.has_perm("services.change_searchterm"):
            raise PermissionDenied
        query = query_normalise(request.POST.get("q") or request.GET.get("q", ""))
        report_url = reverse("admin:services_searchrecord_changelist")
        if not query:
            return HttpResponseRedirect(report_url)
        add_form = AddToTermForm(request.POST if "add_to_term" in request.POST else None)
        dealt_form = DealtWithForm(request.POST if "dealt_with" in request.POST else None)
        if request.method == "POST":
            if "add_to_term" in request.POST and add_form.is_valid():
                try:
                    term = search_word_add_to_term(query=query, term=add_form.cleaned_data["term"], by=request.user)
                except SearchWordError as error:
                    add_form.add_error("term", str(error))
                else:
                    self.message_user(request, f"“{query}” now finds what “{term}” finds.", messages.SUCCESS)
                    return HttpResponseRedirect(report_url)
            elif "dealt_with" in request.POST and dealt_form.is_valid():
                search_mark_dealt_with(query=query, by=request.user, how=dealt_form.cleaned_data["how"])
                self.message_user(request, f"“{query}” is marked as dealt with.", messages.SUCCESS)
                return HttpResponseRedirect(report_url)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Deal with the search “{query}”",
            "opts": self.model._meta,
            "query": query,
            "add_form": add_form,
            "dealt_form": dealt_form,
            "terms": SearchTerm.objects.values_list("term", flat=True),
            "new_term_url": f"{reverse('admin:services_searchterm_add')}?{urlencode({'also_known_as': query})}",
            "dealt_with": SearchDealtWith.objects.filter(query=query).select_related("by").first(),
        }
        return TemplateResponse(request, "admin/services/searchrecord/word.html", context)

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)
        try:
            days = int(request.GET.get("days", PERIODS[0]))
        except ValueError:
            days = PERIODS[0]
        days = days if days in PERIODS else PERIODS[0]
        rows = searches_report(days=days)
        can_add_word = request.user.has_perm("services.change_searchterm")
        word_url = reverse("admin:services_searchrecord_word")
        dealt = {
            record.query: record for record in SearchDealtWith.objects.filter(query__in=[r["query"] for r in rows])
        }
        for row in rows:
            row["add_url"] = f"{word_url}?{urlencode({'q': row['query']})}" if can_add_word and row["kept"] else ""
            row["dealt_with"] = dealt.get(row["query"])
        context = {
            **self.admin_site.each_context(request),
            "title": "What people searched for",
            "opts": self.model._meta,
            "rows": rows,
            "days": days,
            "can_add_word": can_add_word,
            "min_days": settings.SEARCH_REPORT_MIN_DAYS,
            "periods": PERIODS,
            "none_found": sum(1 for row in rows if not row["found"]),
            "still_to_do": sum(1 for row in rows if not row["found"] and not row["dealt_with"]),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/services/searchrecord/report.html", context)
