"""Pages of the SEND service directory."""

from django.http import HttpResponse


def search(request):
    return HttpResponse("")


category = need = detail = shortlist = shortlist_add = shortlist_remove = search
