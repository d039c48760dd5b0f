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
 * `build` must be a pure function of `shape` (shapes are told apart by their JSON); it answers
 * null for a shape that can read nothing, and then no statement is sent at all.
 */
export function shapedStatement<Shape, Row>(name: string, build: (db: Db, shape: Shape) => Preparable<Row> | null): ShapedStatement<Shape, Row> {
  const preparedByDb = new WeakMap<Db, Map<string, Prepared<Row> | null>>();
  return async (db, shape, values) => {
    let prepared = preparedByDb.get(db);
    if (!prepared) preparedByDb.set(db, (prepared = new Map()));
    const key = JSON.stringify(shape);
    let statement = prepared.get(key);
    if (statement === undefined) {
      const built = build(db, shape)?.prepare(`${name}_${prepared.size}`);
      prepared.set(key, (statement = built ? withFlatRowMapping(built) : null));
    }
    return statement ? statement.execute(values) : [];
  };
}
