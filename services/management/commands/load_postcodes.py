"""Load full postcodes from the ONS Postcode Directory (ONSPD) CSV, for exact distances. Safe to run again."""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from services.directory_version import directory_changed
from services.postcodes import PostcodeError, postcode_normalise, postcodes_save

NO_LOCATION = 99.999999  # ONSPD's latitude for a postcode without a grid reference


class Command(BaseCommand):
    help = (
        "Load postcodes and their latitude and longitude from an ONS Postcode Directory CSV "
        "(columns pcds or pcd, lat, long, doterm). Existing postcodes are updated."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The ONSPD CSV file, for example ONSPD_NOV_2025_UK.csv")
        parser.add_argument(
            "--area",
            action="append",
            default=[],
            help="Only postcodes starting with this area, e.g. --area BH --area DT (default: all).",
        )
        parser.add_argument("--include-terminated", action="store_true", help="Also load postcodes no longer in use.")

    def handle(self, *args, path, area, include_terminated, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        areas = tuple(prefix.strip().upper() for prefix in area if prefix.strip())
        batch, loaded, skipped = [], 0, 0
        with file.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or [])
            if not {"lat", "long"} <= columns or not columns & {"pcds", "pcd"}:
                raise CommandError("The file needs the ONSPD columns pcds (or pcd), lat and long.")
            for row in reader:
                try:
                    postcode = postcode_normalise(row.get("pcds") or row.get("pcd"))
                    latitude, longitude = float(row["lat"]), float(row["long"])
                except (PostcodeError, TypeError, ValueError):
                    skipped += 1
                    continue
                terminated = (row.get("doterm") or "").strip()
                if (
                    " " not in postcode
                    or (areas and not postcode.startswith(areas))
                    or (terminated and not include_terminated)
                    or latitude == NO_LOCATION
                ):
                    skipped += 1
                    continue
                batch.append((postcode, latitude, longitude))
                if len(batch) >= 5000:
                    loaded += postcodes_save(rows=batch)
                    batch = []
        loaded += postcodes_save(rows=batch)
        directory_changed()
        self.stdout.write(self.style.SUCCESS(f"Loaded {loaded} postcodes; skipped {skipped} rows."))
