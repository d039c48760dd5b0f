/**
 * Statements built once per shape and database, then run with each request's values. The access
 * rules' SQL is large, and composing and rendering it with drizzle on every request cost about a
 * fifth of the hoks subgraph's CPU on a student's full plan (bench/results/ladder.md). Its text
 * depends only on a small shape (the caller's role, which identities it presents, which grant
 * lists are empty); every value enters as a named `sql.placeholder`, so one prepared statement
 * serves every request of that shape.
 *
 * The builder receives nothing but the shape: it cannot make the text depend on a value the shape
 * does not name, which would let one caller's statement answer another's request.
 */
import type { Db } from "./db.js";
import { withFlatRowMapping } from "./flat-row-mapping.js";

interface Preparable<Row> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<Row[]> };
}

type Prepared<Row> = ReturnType<Preparable<Row>["prepare"]>;

export type ShapedStatement<Shape, Row> = (db: Db, shape: Shape, values: Record<string, unknown>) => Promise<Row[]>;

/**
 * The parts of drizzle this relies on (drizzle-orm 0.45, pinned in package.json): a database's
 * dialect, which its transactions share, and its session's client, which a prepared query runs
 * its statement on (`this.client`, in the postgres-js and PGlite prepared queries alike).
 */
interface DrizzleInternals {
  dialect: object;
  session: { client: unknown };
}

/**
 * The prepared query on another client of the same database: a transaction's. Its text, values'
 * places and row mapping are the same; only where it runs differs.
 */
function onClient<Row>(prepared: Prepared<Row>, client: unknown): Prepared<Row> {
  return (prepared as unknown as { client: unknown }).client === client ? prepared : Object.create(prepared, { client: { value: client } });
}

/**
 * `build` must be a pure function of `shape` (shapes are told apart by their JSON); it answers
 * null for a shape that can read nothing, and then no statement is sent at all. A statement is
 * built once per shape and database, and a transaction of that database runs it as built: a
 * write that asks who may read its plan (plan-visibility.ts) no longer composes the rules anew.
 */
export function shapedStatement<Shape, Row>(name: string, build: (db: Db, shape: Shape) => Preparable<Row> | null): ShapedStatement<Shape, Row> {
  const preparedByDialect = new WeakMap<object, Map<string, Prepared<Row> | null>>();
  return async (db, shape, values) => {
    const { dialect, session } = db as unknown as DrizzleInternals;
    let prepared = preparedByDialect.get(dialect);
    if (!prepared) preparedByDialect.set(dialect, (prepared = new Map()));
    const key = JSON.stringify(shape);
    let statement = prepared.get(key);
    if (statement === undefined) {
      const built = build(db, shape)?.prepare(`${name}_${prepared.size}`);
      prepared.set(key, (statement = built ? withFlatRowMapping(built) : null));
    }
    return statement ? onClient(statement, session.client).execute(values) : [];
  };
}
