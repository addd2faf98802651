"""CSV exports for staff, with only the columns their role may see and no spreadsheet formulas."""

import csv

from django.http import HttpResponse
from django.utils import timezone

from coproduction.roles import personal_data_visible
from localoffer.core.csv_safety import cell_escape


def export_csv(*, queryset, columns, personal, user, filename):
    """A CSV download of `columns` ((heading, function of row) pairs); `personal` headings need the role."""
    show_personal = personal_data_visible(user=user, model=queryset.model)
    chosen = [(heading, get) for heading, get in columns if show_personal or heading not in personal]
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}-{stamp}.csv"'
    response.write("\ufeff")  # so that spreadsheets read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([heading for heading, _ in chosen])
    for row in queryset:
        writer.writerow([cell_escape(get(row)) for _, get in chosen])
    return response
