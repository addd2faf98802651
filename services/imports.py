"""Services in and out of the directory as CSV: export, and import with a dry run first.

An import is read and checked in full before anything is written: each row becomes a
`RowResult` saying whether it would create, update, leave unchanged or be rejected, and why.
`services_import` then writes either the whole file (only when every row is valid) or the
valid rows alone, in one transaction. The columns are listed in README.md.
"""

import csv
import functools
import io
import re
from dataclasses import dataclass, field

from django import forms
from django.db import IntegrityError, transaction
from django.utils import timezone

from localoffer.core.csv_safety import cell_escape, cell_unescape
from services.directory_version import directory_changes_deferred
from services.models import Category, Need, Organisation, Service
from services.reviews import review_due_after

COLUMNS = [
    "slug", "name", "organisation", "status", "summary", "description", "minimum_age", "maximum_age",
    "categories", "needs", "cost", "fees", "access", "referral_details", "eligibility", "coverage",
    "in_person", "online", "by_phone", "home_visits", "opening_notes", "contact_name", "phone", "email",
    "website", "last_reviewed", "review_due",
]  # fmt: skip
REQUIRED_COLUMNS = ["slug", "name", "organisation"]
LIST_COLUMNS = ["categories", "needs"]
YES_NO_COLUMNS = ["in_person", "online", "by_phone", "home_visits"]
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
DELIMITERS = [",", ";", "\t"]
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0", ""}


class ImportFileError(Exception):
    """The file as a whole cannot be read: wrong encoding, wrong columns, too big, not CSV."""


class YesNoField(forms.Field):
    """A yes or no cell: yes, no, true, false, 1, 0 or empty (no)."""

    def to_python(self, value):
        text = str(value or "").strip().lower()
        if text in YES:
            return True
        if text in NO:
            return False
        raise forms.ValidationError("Write yes or no", code="invalid")

    def validate(self, value):
        pass


class ServiceRowForm(forms.ModelForm):
    """Validates one row with the same rules as the admin (ages, statuses, unique slugs, constraints)."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.all(),
        to_field_name="slug",
        error_messages={"invalid_choice": "No organisation has the slug “%(value)s”; add it in the admin first"},
    )
    categories = forms.ModelMultipleChoiceField(
        queryset=Category.objects.all(),
        to_field_name="slug",
        error_messages={
            "invalid_choice": "“%(value)s” is not a category slug",
            "required": "Give at least one category slug",
        },
    )
    needs = forms.ModelMultipleChoiceField(
        queryset=Need.objects.all(),
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": "“%(value)s” is not an area of need slug"},
    )
    in_person = YesNoField(required=False)
    online = YesNoField(required=False)
    by_phone = YesNoField(required=False)
    home_visits = YesNoField(required=False)

    class Meta:
        model = Service
        fields = [column for column in COLUMNS if column != "slug"] + ["slug"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("status", "cost", "access", "coverage"):
            allowed = ", ".join(value for value, _ in Service._meta.get_field(name).choices)
            self.fields[name].error_messages["invalid_choice"] = f"“%(value)s” is not allowed here: use {allowed}"
        for name in ("minimum_age", "maximum_age"):
            self.fields[name].min_value = 0
            self.fields[name].error_messages["invalid"] = "Enter an age in whole years, from 0 to 25"
        self.fields["review_due"].required = False
        self.fields["last_reviewed"].required = False

    def clean_last_reviewed(self):
        return self.cleaned_data["last_reviewed"] or timezone.localdate()


@dataclass
class ColumnChange:
    """One column an update would change: its value in the directory now, and in the file."""

    column: str
    old: str
    new: str


@dataclass
class RowResult:
    """What importing one row would do."""

    line: int
    slug: str
    name: str
    action: str = "create"  # create, update, unchanged or reject
    errors: list = field(default_factory=list)
    differences: list = field(default_factory=list)  # a ColumnChange for each column an update changes
    form: ServiceRowForm | None = None

    @property
    def changes(self):
        """The names of the columns an update changes."""
        return [difference.column for difference in self.differences]

    @property
    def is_valid(self):
        return self.action != "reject"

    @property
    def action_label(self):
        return {"create": "Create", "update": "Update", "unchanged": "No change", "reject": "Reject"}[self.action]


@dataclass
class ImportResult:
    """The checked file: a result for every row, and whether the file can be imported as a whole."""

    rows: list
    delimiter: str = ","

    @property
    def delimiter_name(self):
        """What separates the columns, in words, when it is not the usual comma."""
        return "" if self.delimiter == "," else DELIMITER_NAMES[self.delimiter]

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def summary(self):
        """How many rows would be created, updated, left unchanged and rejected, in words."""
        labels = [("create", "created"), ("update", "updated"), ("unchanged", "unchanged"), ("reject", "rejected")]
        return [(label, self.count(action)) for action, label in labels]

    @property
    def valid_rows(self):
        return [row for row in self.rows if row.is_valid]

    @property
    def rejected(self):
        return self.count("reject")

    @property
    def all_valid(self):
        return bool(self.rows) and not self.rejected


def decode_upload(data):
    """The text of an uploaded CSV file, or ImportFileError saying why it cannot be read."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB. Split it into smaller files.")
    if data.startswith(b"PK\x03\x04") or b"\x00" in data[:4096]:
        raise ImportFileError(
            "This looks like a spreadsheet file, not CSV. In Excel choose File, Save as, “CSV UTF-8 (comma delimited)”."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"The file is not saved as UTF-8 text (unreadable character at byte {error.start + 1}). "
            "In Excel choose File, Save as, “CSV UTF-8 (comma delimited)”, then upload that file."
        ) from error


def detect_delimiter(text):
    """The character separating the file's columns: a comma, or the semicolon (or tab) that spreadsheets
    save in many countries. The one that splits the first row into the most known column names wins."""
    first_line = text.lstrip().split("\n", 1)[0]

    def known_columns(delimiter):
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(1 for cell in cells if cell.strip().lower() in COLUMNS)

    return max(DELIMITERS, key=lambda delimiter: (known_columns(delimiter), delimiter == ","))


def read_rows(text, *, delimiter=","):
    """The file's rows as (line number, {column: value}), after checking its columns."""
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportFileError(f"The file is not valid CSV: {error}.") from error
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise ImportFileError("The file is empty. The first row must name the columns.")
    header = [cell.strip().lower() for cell in lines[0]]
    problems = []
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        problems.append("These columns are not recognised: " + ", ".join(unknown) + ".")
        if len(header) == 1 and any(other in header[0] for other in DELIMITERS if other != delimiter):
            problems.append(
                "The first row has no commas between its columns: save the file as “CSV UTF-8 (comma delimited)”."
            )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append("These columns are missing: " + ", ".join(missing) + ".")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems.append("These columns appear more than once: " + ", ".join(repeated) + ".")
    if problems:
        raise ImportFileError(" ".join(problems) + " The first row must name the columns listed in the guidance.")
    if len(lines) - 1 > MAX_ROWS:
        raise ImportFileError(f"The file has more than {MAX_ROWS} rows. Split it into smaller files.")
    rows = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        rows.append((number, dict(zip(header, cells, strict=False)), len(cells) > len(header)))
    return rows


def cell_value(column, text):
    """A cell as the form expects it: trimmed, with \\n line endings and an export's formula guard removed."""
    text = cell_unescape(text.strip())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if column in LIST_COLUMNS:
        return [part.strip() for part in re.split(r"[;,]", text) if part.strip()]
    return text


def row_check(*, line, row, too_many_cells=False):
    """Check one row: find the service by slug, validate the row over its current values."""
    slug = row.get("slug", "").strip()
    result = RowResult(line=line, slug=slug, name=row.get("name", "").strip())
    if too_many_cells:
        result.errors.append("The row has more cells than there are columns; check for a stray comma")
    if not slug:
        result.errors.append("slug: give every row a slug (the web address of the service)")
    if result.errors:
        result.action = "reject"
        return result
    service = Service.objects.filter(slug=slug).select_related("organisation").first()
    data = row_from_service(service) if service else _defaults()
    data = {column: cell_value(column, value) for column, value in data.items()}
    for column, value in row.items():
        cell = cell_value(column, value or "")
        if cell == "" and column in _defaulted_columns():
            continue  # an empty cell in a column that cannot be empty: the default, or the current value
        data[column] = cell
    if "last_reviewed" in row and not row.get("review_due", "").strip():
        data["review_due"] = ""
    before = _comparable(service) if service else None
    form = ServiceRowForm(data=data, instance=service)
    if not form.is_valid():
        result.action = "reject"
        for name, errors in form.errors.items():
            prefix = "" if name == "__all__" else f"{name}: "
            result.errors += [f"{prefix}{error}" for error in errors]
        return result
    result.form = form
    if service is None:
        return result
    after = _comparable(form.instance, cleaned=form.cleaned_data)
    if not after["review_due"]:
        after["review_due"] = review_due_after(after["last_reviewed"])
    result.differences = [
        ColumnChange(column=name, old=_shown(name, before[name]), new=_shown(name, after[name]))
        for name in COLUMNS
        if before[name] != after[name]
    ]
    result.action = "update" if result.differences else "unchanged"
    return result


@functools.cache
def _defaulted_columns():
    """Columns that cannot be left empty but have a default (status, cost, ages and so on)."""
    return [
        column
        for column in COLUMNS
        if column not in YES_NO_COLUMNS + ["last_reviewed"]
        and Service._meta.get_field(column).has_default()
        and not Service._meta.get_field(column).blank
    ]


def _defaults():
    """The cells a new service gets for the columns a file leaves out."""
    values = {}
    for column in COLUMNS:
        model_field = Service._meta.get_field(column)
        if model_field.has_default() and column not in ("last_reviewed",):
            value = model_field.get_default()
            values[column] = ("yes" if value else "no") if column in YES_NO_COLUMNS else str(value)
    return values


def _comparable(service, cleaned=None):
    values = {name: getattr(service, name) for name in COLUMNS if name not in LIST_COLUMNS}
    values["organisation"] = service.organisation.slug
    for name in LIST_COLUMNS:
        chosen = cleaned[name] if cleaned is not None else getattr(service, name).all()
        values[name] = sorted(item.slug for item in chosen)
    return values


SHOWN_LENGTH = 200


def _shown(column, value):
    """A value as the dry run shows it: as it would be written in the file, long text shortened."""
    if column in LIST_COLUMNS:
        text = "; ".join(value)
    elif column in YES_NO_COLUMNS:
        text = "yes" if value else "no"
    elif value is None:
        text = ""
    else:
        text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if len(text) > SHOWN_LENGTH:
        text = text[: SHOWN_LENGTH - 1].rstrip() + "…"
    return text


def services_check(*, text):
    """Dry run: what importing this CSV text would do, row by row. Writes nothing."""
    results = []
    first_line = {}
    delimiter = detect_delimiter(text)
    for line, row, too_many in read_rows(text, delimiter=delimiter):
        result = row_check(line=line, row=row, too_many_cells=too_many)
        if result.slug and result.slug in first_line:
            result.action = "reject"
            result.form = None
            result.errors.append(f"slug: “{result.slug}” is also on line {first_line[result.slug]}")
        elif result.slug:
            first_line[result.slug] = line
        results.append(result)
    return ImportResult(rows=results, delimiter=delimiter)


@transaction.atomic
def services_import(*, text, by, valid_rows_only=False):
    """Check the file again and write it: all rows when every row is valid, or the valid rows alone.

    Returns the ImportResult; nothing is written when any row is rejected and `valid_rows_only` is
    false. Raises ImportFileError, having written nothing, if the directory changed under it. Until it
    commits it holds only the rows it writes: the directory's version, which every other change to the
    directory locks too, is counted once, at the end.
    """
    result = services_check(text=text)
    if result.rejected and not valid_rows_only:
        return result
    try:
        with directory_changes_deferred():
            for row in result.valid_rows:
                if row.action == "unchanged":
                    continue
                service = row.form.save(commit=False)
                service._history_user = by
                service._change_reason = "Imported from CSV"
                service.save()
                row.form.save_m2m()
    except IntegrityError as error:
        raise ImportFileError(
            "Someone changed the same services while the file was importing, so nothing was imported. "
            "Check the file again."
        ) from error
    return result


def row_from_service(service):
    """One service as a CSV row, in the same form the import reads."""
    row = {}
    for column in COLUMNS:
        if column == "organisation":
            row[column] = service.organisation.slug
        elif column in LIST_COLUMNS:
            row[column] = "; ".join(sorted(item.slug for item in getattr(service, column).all()))
        elif column in YES_NO_COLUMNS:
            row[column] = "yes" if getattr(service, column) else "no"
        elif column in ("last_reviewed", "review_due"):
            value = getattr(service, column)
            row[column] = value.isoformat() if value else ""
        else:
            row[column] = cell_escape(getattr(service, column))
    return row


def services_export(*, services, file):
    """Write the services as CSV (UTF-8, with a byte-order mark so that Excel reads it) to `file`."""
    file.write("\ufeff")
    writer = csv.DictWriter(file, fieldnames=COLUMNS)
    writer.writeheader()
    for service in services.select_related("organisation").prefetch_related("categories", "needs"):
        writer.writerow(row_from_service(service))
