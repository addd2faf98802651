"""The content's panel on the staff dashboard: published pages that have no easy-read version yet."""

from localoffer.content.easy_read import pages_without_easy_read
from localoffer.staff.dashboard import Panel

PANELS = [
    Panel(
        title="Pages without an easy-read version",
        permission="localoffer.add_easyreadpage",
        items=pages_without_easy_read,
        see_all=("admin:localoffer_informationpage_changelist", "easy_read=missing"),
        empty="Every published page has an easy-read version.",
        unit=("page", "pages"),
    ),
]
