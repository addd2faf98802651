"""What the directory keeps about people, for how long: only the daily counts of words searched for."""

from localoffer.core.retention import RetentionRule
from services.search.report import search_records_purge

RULES = [
    RetentionRule(
        what="Words typed into the directory search, counted by day (never who searched, from where or when)",
        why="To find out what families look for and cannot find, and improve the directory",
        setting="search_records",
        after="after the day of the search",
        purge=search_records_purge,
        purged="daily search counts deleted",
    ),
]
