"""PostgreSQL full-text and trigram search for the directory; nothing to do on SQLite.

A trigger keeps `search_vector` up to date whoever writes the row (admin, bulk loads, raw SQL):
the name weighs most (A), then the summary (B), then the description (C), stemmed as English.
A GIN index makes matching fast. pg_trgm powers "Did you mean ...?".
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION services_service_search_vector_update() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.description, '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER services_service_search_vector
  BEFORE INSERT OR UPDATE ON services_service
  FOR EACH ROW EXECUTE FUNCTION services_service_search_vector_update();
UPDATE services_service SET name = name;
CREATE INDEX services_service_search_gin ON services_service USING gin (search_vector);
"""

DROP = """
DROP INDEX IF EXISTS services_service_search_gin;
DROP TRIGGER IF EXISTS services_service_search_vector ON services_service;
DROP FUNCTION IF EXISTS services_service_search_vector_update();
"""


def run_on_postgresql(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("services", "0001_directory")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP)),
    ]
