"""Problem reports about listings as the provider area shows them: what is wrong, never who said so.

The reports belong to co-production, which registers where to find them when it starts
(`reports_source_register` in coproduction/apps.py), so the directory never imports it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class OpenReport:
    """An open report, with no name or email in it."""

    id: int
    reference: str
    service_id: object
    problem: str
    description: str
    received: object


_sources = []


def reports_source_register(source):
    """Add a function `source(service_ids=...)` returning OpenReports about those services."""
    if source not in _sources:
        _sources.append(source)


def open_reports(*, service_ids):
    """The open reports about each of these services: {service id: [OpenReport, ...]}, oldest first."""
    found = {}
    for source in _sources:
        for report in source(service_ids=list(service_ids)):
            found.setdefault(report.service_id, []).append(report)
    for reports in found.values():
        reports.sort(key=lambda report: report.received)
    return found
