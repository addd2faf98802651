"""The Open Referral UK 3.0 JSON Schemas, read from a local folder, for validating API responses.

ORUK_SCHEMA_DIR names the folder; by default `../shared/oruk-3.0/schema` beside the repository.
When it is absent, tests that need it say so and skip.
"""

import functools
import json
import os
from pathlib import Path

import pytest
import referencing
import referencing.jsonschema
from jsonschema import Draft202012Validator, FormatChecker

REPOSITORY = Path(__file__).resolve().parents[2]
PREFIX = "https://openreferraluk.org/specifications/3.0/schema/"


def schema_dir():
    return (REPOSITORY / os.environ.get("ORUK_SCHEMA_DIR", "../shared/oruk-3.0/schema")).resolve()


@functools.cache
def validators():
    folder = schema_dir()

    def retrieve(uri):
        if not uri.startswith(PREFIX):
            raise referencing.exceptions.NoSuchResource(ref=uri)
        contents = json.loads((folder / uri.removeprefix(PREFIX)).read_text(encoding="utf-8"))
        return referencing.Resource.from_contents(contents, default_specification=referencing.jsonschema.DRAFT202012)

    registry = referencing.Registry(retrieve=retrieve)
    return registry


def assert_valid(body, schema_file):
    """Fail with every error when `body` does not match the standard's schema `schema_file`."""
    folder = schema_dir()
    if not (folder / "service.json").is_file():
        pytest.skip(f"Open Referral UK schemas not found at {folder} (set ORUK_SCHEMA_DIR to the schema folder)")
    schema = json.loads((folder / schema_file).read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, registry=validators(), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(body), key=lambda error: list(error.absolute_path))
    assert not errors, "\n".join(f"{list(error.absolute_path)}: {error.message}" for error in errors[:20])
