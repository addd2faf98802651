"""What the directory keeps about people, for how long: the daily counts of words searched for, and
the accounts of people at organisations who update their listings."""

from localoffer.core.retention import RetentionRule
from services.printed.booklets import search_booklets_purge
from services.printed.copies import printed_copies_purge
from services.providers.accounts import providers_deactivate_unused
from services.search.report import search_records_purge

RULES = [
    RetentionRule(
        what=(
            "Words typed into the directory search, counted by day: only words that cannot identify anyone "
            "(never who searched, from where or when)"
        ),
        why="To find out what families look for and cannot find, and improve the directory",
        setting="search_records",
        after="after the day of the search",
        purge=search_records_purge,
        purged="daily search counts deleted",
    ),
    RetentionRule(
        what="Provider accounts (people at organisations who update their listings): name, email, organisations",
        why="To let you sign in to the provider area and to say who changed a listing",
        setting="provider_account_unused",
        after="after you last signed in: the account is then closed (names on changes you sent are kept)",
        purge=providers_deactivate_unused,
        purged="provider accounts unused for the retention period closed",
    ),
    RetentionRule(
        what="Requests for a printed copy of the directory: your name and postal address",
        why="To post you the booklet you asked for",
        setting="printed_copy_after_posted",
        after="after we post it (the whole request is then deleted)",
        purge=printed_copies_purge,
        purged="printed copy requests deleted",
    ),
    RetentionRule(
        what="Booklets made from a directory search: the words searched for (only those that cannot identify anyone)",
        why="To make the booklet you asked for",
        setting="search_booklet",
        after="after you asked for it",
        purge=search_booklets_purge,
        purged="booklets of a search deleted",
    ),
]
