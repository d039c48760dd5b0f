/**
 * drizzle maps each cell of a result by asking what kind of field it came from (`is()`, which
 * walks class chains, up to four times a cell) and walking the field's path: on the scoped list
 * reads that was about 5 % of a subgraph's CPU, and more of its garbage. For a flat select (every
 * field at the top level, as every scoped statement is) the decoders are found once per prepared
 * statement here, and each row is a plain loop; a select with nested objects keeps drizzle's own
 * mapping. Where a flat select has a join, drizzle's nulling of a joined table's object does not
 * apply either: it acts on nested objects only.
 *
 * It sets the prepared query's `customResultMapper`, which drizzle's prepared queries (postgres-js
 * and PGlite alike, drizzle-orm 0.45 pinned in package.json) use instead of their own mapping;
 * test/flat-row-mapping.test.ts holds the answers equal to drizzle's.
 */
import { Column, is, SQL, Subquery } from "drizzle-orm";

interface SelectedField {
  path: string[];
  field: unknown;
}

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** The parts of drizzle's prepared query this uses. */
interface MappablePrepared {
  fields?: SelectedField[];
  customResultMapper?: (rows: unknown[][]) => unknown;
}

/** An SQL expression's decoder (typed internal in drizzle: `sql<T>` carries it, `.mapWith` sets it). */
const decoderOfSql = (expression: unknown) => (expression as { decoder: Decoder }).decoder;

/**
 * A column's own copy to decode with. A column of an aliased table is a Proxy (drizzle's alias.js)
 * whose every property read, `this.withTimezone` inside the decoder included, goes through its
 * trap: ~0.8 % of a subgraph's CPU on the official's list. The copy has the column's own
 * properties and class, read once through the Proxy's target, so the decoder answers the same.
 */
const plainColumn = (column: Column): Decoder => Object.create(Object.getPrototypeOf(column), Object.getOwnPropertyDescriptors(column)) as Decoder;

/** What drizzle's `mapResultRow` decodes a field's values with. */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return plainColumn(field);
  if (is(field, SQL)) return decoderOfSql(field);
  if (is(field, Subquery)) return decoderOfSql(field._.sql);
  return decoderOfSql((field as SQL.Aliased).sql);
}

/** Whether `prepared` maps its rows here (tests): drizzle's selects have no mapper of their own. */
export function mapsFlatRows(prepared: unknown): boolean {
  return typeof (prepared as MappablePrepared).customResultMapper === "function";
}

/** Gives a prepared flat select the per-statement mapping; anything else is returned as it is. */
export function withFlatRowMapping<P>(prepared: P): P {
  const target = prepared as MappablePrepared;
  const fields = target.fields;
  if (!Array.isArray(fields) || target.customResultMapper || fields.some((selected) => selected.path.length !== 1)) return prepared;
  const names = fields.map((selected) => selected.path[0]!);
  const decoders = fields.map((selected) => decoderOf(selected.field));
  target.customResultMapper = (rows: unknown[][]) =>
    rows.map((row) => {
      const result: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const raw = row[i];
        result[names[i]!] = raw === null ? null : decoders[i]!.mapFromDriverValue(raw);
      }
      return result;
    });
  return prepared;
}
