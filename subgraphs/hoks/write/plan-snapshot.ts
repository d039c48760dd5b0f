/**
 * A plan as its rows say it is, nested back into the document shape (camelCase keys, no server
 * ids): what a write is compared against to record its changes in the audit trail. The stored
 * side is read in one statement; the new side is the rows the write is about to store.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "../../../drizzle/db.js";
import { fixedTextStatement } from "../../../drizzle/fixed-text-statement.js";
import {
  hankittavaKoulutuksenOsa,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
} from "../../../drizzle/schema/index.js";
import type { JsonObject } from "./plan-document.js";
import { SERVER_COLUMNS, type PlanRows } from "./plan-rows.js";
import type { Tx } from "./plan-store.js";

type Row = JsonObject & { position?: number | null };

const ownValues = (row: object): JsonObject => Object.fromEntries(Object.entries(row).filter(([key]) => !SERVER_COLUMNS.has(key)));

const byPosition = (a: Row, b: Row) => (a.position ?? 0) - (b.position ?? 0);

/** Prior learning lists its demonstrations under `tarkentavatTiedotNaytto`, the rest under `osaamisenOsoittaminen`. */
const demonstrationsKey = (section: string) => (section.startsWith("aiemminHankitut") ? "tarkentavatTiedotNaytto" : "osaamisenOsoittaminen");

function push(into: JsonObject, key: string, value: JsonObject): void {
  ((into[key] ??= []) as JsonObject[]).push(value);
}

/** Nests a plan's rows as its document: units with their areas, periods and demonstrations. */
export function planSnapshot(topLevel: object, rows: { [K in keyof StoredPlanRows]: readonly object[] }): JsonObject {
  const document = ownValues(topLevel);
  const units = [...(rows.units as Row[])].sort(byPosition);
  const unitById = new Map(units.map((unit) => [unit.moduleId as string, { row: unit, values: ownValues(unit) }]));
  const sectionOf = (unit: Row): string => (unit.parentModuleId ? sectionOf(unitById.get(unit.parentModuleId as string)!.row) : (unit.section as string));
  for (const { row, values } of unitById.values()) {
    if (row.parentModuleId) push(unitById.get(row.parentModuleId as string)!.values, "osaAlueet", values);
    else push(document, row.section as string, values);
  }
  for (const period of [...(rows.periods as Row[])].sort(byPosition)) push(unitById.get(period.tutkinnonOsaModuleId as string)!.values, "osaamisenHankkimistavat", ownValues(period));
  for (const demonstration of [...(rows.demonstrations as Row[])].sort(byPosition)) {
    const unit = unitById.get(demonstration.tutkinnonOsaModuleId as string)!;
    push(unit.values, demonstrationsKey(sectionOf(unit.row)), ownValues(demonstration));
  }
  for (const [key, list] of [["opiskeluvalmiuksiaTukevatOpinnot", rows.readinessStudies], ["oppimisenTuki", rows.learningSupport], ["hankittavatKoulutuksenOsat", rows.tuvaParts]] as const) {
    for (const item of [...(list as Row[])].sort(byPosition)) push(document, key, ownValues(item));
  }
  return document;
}

const snakeToCamel = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const camelRow = (row: JsonObject): JsonObject => Object.fromEntries(Object.entries(row).map(([key, value]) => [snakeToCamel(key), value]));

/** A plan's own lists (the namings are derived from them, and not part of the document). */
export type StoredPlanRows = Omit<PlanRows, "namings">;

const listOf = (table: typeof tutkinnonOsa | typeof osaamisenHankkimistapa | typeof osaamisenOsoittaminen | typeof opiskeluvalmiuksiaTukevaOpinto | typeof oppimisenTuki | typeof hankittavaKoulutuksenOsa) =>
  sql`(select coalesce(json_agg(t), '[]'::json) from ${table} t where t.hoks_id = ${sql.placeholder("hoksId")})`;

/** The stored lists of a plan, every table in one statement whose text never changes (fixed-text-statement.ts). */
const STORED_LISTS = fixedTextStatement<"hoksId">(sql`select
  ${listOf(tutkinnonOsa)} as units, ${listOf(osaamisenHankkimistapa)} as periods, ${listOf(osaamisenOsoittaminen)} as demonstrations,
  ${listOf(opiskeluvalmiuksiaTukevaOpinto)} as readiness, ${listOf(oppimisenTuki)} as support, ${listOf(hankittavaKoulutuksenOsa)} as tuva`);

/** The stored lists of a plan. */
export async function storedPlanRows(tx: Tx, hoksId: number): Promise<StoredPlanRows> {
  const [stored] = rowsOf<Record<string, JsonObject[]>>(await tx.execute(STORED_LISTS.with({ hoksId })));
  const rows = (key: string) => (stored![key] ?? []).map(camelRow) as never[];
  return { units: rows("units"), periods: rows("periods"), demonstrations: rows("demonstrations"), readinessStudies: rows("readiness"), learningSupport: rows("support"), tuvaParts: rows("tuva") };
}
