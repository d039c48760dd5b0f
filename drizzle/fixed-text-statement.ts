/**
 * A statement whose text never changes, built into SQL text once. drizzle's `sql` template is
 * turned into text anew on every execution, chunk by chunk, with a chain of `is()` checks per
 * chunk and parameter: for the read audit insert (a 23-parameter statement run for nearly every
 * request) that was ~17 % of the audit's Node CPU. Here the template names its parameters with
 * `sql.placeholder`, is built once, and each execution passes only its values; it still runs
 * through drizzle's `execute` (prepared, counted, inside a transaction when given one).
 *
 * This relies on drizzle's `execute` taking any SQL's `toQuery` result as the statement, which
 * holds for drizzle-orm 0.45.4 (pinned exactly; test/fixed-text-statement.test.ts checks it).
 */
import { Placeholder, SQL, type Query } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { COLUMN_CASING } from "./db.js";

/** Built as the database builds: with its column casing, so a column of the schema is named as in the tables. */
const dialect = new PgDialect({ casing: COLUMN_CASING });

/** The built statement with one execution's values: `toQuery` answers without building. */
class BuiltSql extends SQL {
  constructor(private readonly query: Query) {
    super([]);
  }

  override toQuery(): Query {
    return this.query;
  }
}

export interface FixedTextStatement<Name extends string> {
  /** The statement's text, with $1… where the template had its placeholders. */
  readonly text: string;
  /** The statement with these values, to pass to `execute`. */
  with(values: Record<Name, unknown>): SQL;
}

export function fixedTextStatement<Name extends string>(template: SQL): FixedTextStatement<Name> {
  const built = dialect.sqlToQuery(template);
  const names = built.params.map((param) => {
    if (!(param instanceof Placeholder)) throw new Error("a fixed-text statement takes its values through sql.placeholder only");
    return param.name as Name;
  });
  return {
    text: built.sql,
    with: (values) => new BuiltSql({ sql: built.sql, params: names.map((name) => values[name]) }),
  };
}

/**
 * Fixed-text statements for a family whose text depends on the data's shape (which tables and
 * columns a plan's lists fill), built once per shape. Shapes are few in practice; the cache is
 * still bounded, and starts over when full, so that odd documents cannot grow it without end.
 */
export function fixedTextStatementsByShape<Name extends string>(limit = 256): (shape: string, template: () => SQL) => FixedTextStatement<Name> {
  const byShape = new Map<string, FixedTextStatement<Name>>();
  return (shape, template) => {
    let statement = byShape.get(shape);
    if (!statement) {
      if (byShape.size >= limit) byShape.clear();
      byShape.set(shape, (statement = fixedTextStatement<Name>(template())));
    }
    return statement;
  };
}
