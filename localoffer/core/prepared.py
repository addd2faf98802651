"""Queries that PostgreSQL plans once per database connection and then only runs (prepared statements).

For the small, fixed queries every page makes (a listing, its version), parsing and planning the SQL
takes PostgreSQL longer than running it. A query is written once through the ORM with a placeholder
where its one parameter goes; on each connection it is prepared the first time it is asked for, in the
same round trip as its first run, and from then on only run.
"""

import weakref

from django.db import DatabaseError, connection

# Each open connection's prepared statements: {query name: its name there}, and after a failed try
# {(query name, "tries"): how many}. A connection's entry goes when the connection does.
prepared_on = weakref.WeakKeyDictionary()
STATEMENT_UNKNOWN = "26000"  # PostgreSQL's error code for a prepared statement the connection does not have
statements = {}  # query name: its PREPARE, with "{name}" where its name on the connection goes


def prepare_statement(*, name, query, placeholder, parameter_type):
    """The PREPARE for `query()` (its SQL and parameters), with PostgreSQL's $1 for the one `placeholder`."""
    if name not in statements:
        sql, params = query()
        text = connection.ops.compose_sql(sql, params)
        literal = connection.ops.compose_sql("%s", [placeholder])
        if text.count(literal) != 1:
            raise ValueError(f"The query {name} must name its placeholder exactly once")
        text = text.replace(literal, "$1").replace("{", "{{").replace("}", "}}")
        statements[name] = f"PREPARE {{name}}({parameter_type}) AS {text}"
    return statements[name]


def prepared_rows(*, name, query, placeholder, parameter_type, value):
    """The rows of `query()` (a (sql, params) pair that holds `placeholder` once) with `value` in its place,
    as dicts of their columns. `name` names the query; `parameter_type` is the PostgreSQL type of `value`.

    If preparing fails, whether the statement was prepared is unknown, so the next try uses a new name.
    """
    with connection.cursor() as cursor:  # first: it may replace a connection found dead
        prepared = prepared_on.setdefault(connection.connection, {})
        if name in prepared:
            try:
                cursor.execute(f"EXECUTE {prepared[name]}(%s)", [value])
            except DatabaseError as error:
                if getattr(error.__cause__, "pgcode", None) == STATEMENT_UNKNOWN:
                    del prepared[name]  # the connection lost it: the next try prepares it again
                raise
        else:
            statement = prepare_statement(
                name=name, query=query, placeholder=placeholder, parameter_type=parameter_type
            )
            tries = prepared.get((name, "tries"), 0)
            as_named = f"{name}_{tries}" if tries else name
            prepared[(name, "tries")] = tries + 1
            prepare = statement.format(name=as_named).replace("%", "%%")
            cursor.execute(f"{prepare}; EXECUTE {as_named}(%s)", [value])
            prepared[name] = as_named
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
