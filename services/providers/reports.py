"""Problem reports about listings as the provider area shows them: what is wrong, never who said so.

The reports belong to co-production, which lists where to find them in its own
`provider_reports.py` (`OPEN_REPORT_SOURCES`), so the directory never imports it.
"""

from dataclasses import dataclass

from localoffer.core.discovery import declared


@dataclass(frozen=True)
class OpenReport:
    """An open report, with no name or email in it."""

    id: int
    reference: str
    service_id: object
    problem: str
    description: str
    received: object


def open_reports(*, service_ids):
    """The open reports about each of these services: {service id: [OpenReport, ...]}, oldest first."""
    found = {}
    # Each source is a function `source(service_ids=...)` returning OpenReports about those services.
    for source in declared("provider_reports", "OPEN_REPORT_SOURCES"):
        for report in source(service_ids=list(service_ids)):
            found.setdefault(report.service_id, []).append(report)
    for reports in found.values():
        reports.sort(key=lambda report: report.received)
    return found
