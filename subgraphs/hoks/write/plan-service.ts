/**
 * The one write path for plans. GraphQL mutations (typed input or an eHOKS v1 document) and the
 * REST door all end here: the caller's rights, the document's validity against the study right,
 * the expected revision and the idempotency key are checked inside one transaction, and the plan
 * is written in that same transaction, or nothing is. So is its audit row, with the changes as
 * paths and old and new values. The checks are ordered so that an answer never tells a caller
 * more than it may read: a hidden plan is a missing one, and a study right the caller may not
 * write is judged by nothing but the document itself.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { shapedStatement } from "../../../drizzle/shaped-statement.js";
import { hoks, type HoksRow } from "../../../drizzle/schema/index.js";
import type { Principal, Right } from "../../shared/auth/principal.js";
import { badUserInput, conflict, forbidden, notFound, type FieldProblem } from "../../shared/errors.js";
import { writeRuleOf } from "../../shared/audit/audit-event.js";
import { changesBetween } from "../../shared/audit/changes.js";
import type { RecordWrite, RequestAudit } from "../../shared/audit/request-audit.js";
import { documentProblems, validatePlanDocument, type WriteKind } from "../validation/validate-plan.js";
import { documentHash, earlierCreate, idempotencyKeyProblems, rememberCreate } from "./idempotency.js";
import { camelToKebab, camelizeKeys } from "./json-keys.js";
import type { PlanDocument } from "./plan-document.js";
import { planChildRows, planPatchRow, planReplaceRow } from "./plan-rows.js";
import { planSnapshot, storedPlanRows } from "./plan-snapshot.js";
import { deletePlanContent, insertPlan, insertPlanContent, updatePlanRow, type Tx } from "./plan-store.js";
import { mayReadPlan } from "./plan-visibility.js";
import { canWriteAnyPlan, writeAccess } from "./write-access.js";
import { syncFeedbackTriggers } from "../feedback/sync-triggers.js";

export interface WriteCaller {
  db: Db;
  principal: Principal;
  today: string;
  audit: RequestAudit;
}

export interface WriteResult {
  id: number;
  revision: number;
}

const RIGHT_OF: Record<WriteKind | "delete", Right> = { create: "write", replace: "update", patch: "update", delete: "delete" };

function refuseUnlessWriter(principal: Principal, kind: WriteKind | "delete"): void {
  if (!canWriteAnyPlan(principal, RIGHT_OF[kind])) throw forbidden(`Writing plans needs the ${RIGHT_OF[kind]} privilege`);
}

function asObject(document: unknown): Record<string, unknown> {
  return document !== null && typeof document === "object" && !Array.isArray(document) ? (document as Record<string, unknown>) : {};
}

const UNIQUE_VIOLATION = "23505";

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === UNIQUE_VIOLATION || e?.cause?.code === UNIQUE_VIOLATION;
}

/** One answer for every create the caller may not store, so that it tells nothing about the study right. */
const CREATE_REFUSED = "No write privilege for this study right's institution, or the study right has ended";

/**
 * Checks a create so that no answer depends on a fact about a study right the caller may not
 * write. A caller who may write at the study right's institution (or OPH) has the document judged
 * in full, against the study right, and a valid document it may not store (the study right has
 * ended) is a 403. Anyone else learns what is wrong with the document on its own, and when nothing
 * is, gets the same 403 whether the study right exists, is elsewhere or has ended.
 */
async function checkCreate(tx: Tx, caller: WriteCaller, document: unknown): Promise<FieldProblem[]> {
  const studyRightOid = asObject(document)["opiskeluoikeus-oid"];
  const access = typeof studyRightOid === "string" ? await writeAccess(tx, caller.principal, caller.today, studyRightOid, "write") : undefined;
  if (!access?.factsDisclosable) {
    const problems = documentProblems(document, { kind: "create", today: caller.today });
    if (problems.length === 0) refuseCreate(caller, document);
    return problems;
  }
  const problems = validatePlanDocument(document, { kind: "create", today: caller.today, studyRight: access.studyRight, studyRightTaken: access.studyRightTaken });
  if (problems.length === 0 && !access.mayWrite) refuseCreate(caller, document);
  return problems;
}

/**
 * Refuses a valid document the caller may not store, and records the attempt (a dry run's too):
 * the document is valid here, so its student and study right are well-formed OIDs.
 */
function refuseCreate(caller: WriteCaller, document: unknown): never {
  const plan = asObject(document);
  caller.audit.refused({
    operation: "create",
    dataKind: "hoks",
    rule: writeRuleOf(caller.principal),
    oppijaOid: plan["oppija-oid"] as string,
    opiskeluoikeusOid: plan["opiskeluoikeus-oid"] as string,
  });
  throw forbidden(CREATE_REFUSED);
}

export async function createPlan(caller: WriteCaller, document: unknown, key?: string): Promise<WriteResult> {
  refuseUnlessWriter(caller.principal, "create");
  if (key !== undefined && idempotencyKeyProblems(key).length) throw badUserInput(idempotencyKeyProblems(key));
  try {
    return await caller.audit.transaction(caller.db, async (tx, record) => {
      // Only a keyed create needs the document's hash (hashing a full plan is not free).
      const keyed = key ? { key, hash: documentHash(document) } : undefined;
      if (keyed) {
        // A retry answers the first result; it writes nothing, so it records nothing.
        const earlier = await earlierCreate(tx, caller.principal.sub, keyed.key, keyed.hash);
        if (earlier) return earlier;
      }
      const problems = await checkCreate(tx, caller, document);
      if (problems.length) throw badUserInput(problems);
      const plan = camelizeKeys<PlanDocument>(document);
      const { id, topLevel, rows } = await insertPlan(tx, plan);
      if (keyed) await rememberCreate(tx, caller.principal.sub, keyed.key, keyed.hash, id);
      recordPlanWrite(record, caller, "create", { id, ...topLevel } as HoksRow, undefined, planSnapshot(topLevel, rows));
      await syncTriggersOf(tx, caller, topLevel.oppijaOid);
      return { id, revision: 1 };
    });
  } catch (error) {
    // Two creates for one study right at once: the database's unique index decides, clearly.
    if (isUniqueViolation(error)) throw badUserInput([{ path: "opiskeluoikeus-oid", message: "the study right already has a plan" }]);
    throw error;
  }
}

/** The student's feedback triggers follow the plan in the same transaction (subgraphs/hoks/feedback/). */
function syncTriggersOf(tx: Tx, caller: WriteCaller, oppijaOid: string) {
  return syncFeedbackTriggers(tx, [oppijaOid], caller.today, caller.principal.sub);
}

/** The audit event of a plan write: its changes as eHOKS paths with old and new values. */
function recordPlanWrite(record: RecordWrite, caller: WriteCaller, operation: "create" | "overwrite" | "update" | "delete", plan: HoksRow, before: unknown, after: unknown): void {
  record({
    operation,
    dataKind: "hoks",
    rule: writeRuleOf(caller.principal),
    oppijaOid: plan.oppijaOid,
    hoksId: plan.id,
    opiskeluoikeusOid: plan.opiskeluoikeusOid,
    changes: changesBetween(before, after, camelToKebab),
  });
}

/** A live plan's row, locked for the rest of the transaction: built once (shaped-statement.ts). */
const livePlanForUpdate = shapedStatement("live_plan_for_update", (db) =>
  db.select().from(hoks).where(and(eq(hoks.id, sql.placeholder("id")), isNull(hoks.deletedAt))).for("update"),
);

/**
 * Locks a live plan for the rest of the transaction and checks, in this order: that the caller may
 * read it (a hidden plan is NOT_FOUND, exactly as a missing one, and is never locked), the right
 * to change it (FORBIDDEN), and the revision (CONFLICT).
 */
async function lockForWrite(tx: Tx, caller: WriteCaller, id: number, kind: "replace" | "patch" | "delete", expectedRevision?: number | null) {
  if (!(await mayReadPlan(tx, caller.principal, caller.today, id))) throw notFound("HOKS");
  const [stored] = await livePlanForUpdate(tx as Db, {}, { id });
  if (!stored) throw notFound("HOKS");
  const access = await writeAccess(tx, caller.principal, caller.today, stored.opiskeluoikeusOid, RIGHT_OF[kind]);
  if (!access.mayWrite) throw forbidden("No privilege to change this plan, or its study right has ended");
  if (expectedRevision != null && expectedRevision !== stored.revision) {
    throw conflict(`The plan has changed: expected revision ${expectedRevision}, it is at ${stored.revision}. Read it again and retry.`);
  }
  return { stored, studyRight: access.studyRight };
}

function bumpRevision(stored: HoksRow) {
  return { revision: stored.revision + 1, updatedAt: sql`now()` };
}

export async function replacePlan(caller: WriteCaller, id: number, document: unknown, expectedRevision?: number | null): Promise<WriteResult> {
  refuseUnlessWriter(caller.principal, "replace");
  return caller.audit.transaction(caller.db, async (tx, record) => {
    const { stored, studyRight } = await lockForWrite(tx, caller, id, "replace", expectedRevision);
    const problems = validatePlanDocument(document, { kind: "replace", today: caller.today, studyRight, stored, planId: id });
    if (problems.length) throw badUserInput(problems);
    const plan = camelizeKeys<PlanDocument>(document);
    const before = planSnapshot(stored, await storedPlanRows(tx, id));
    const topLevel = planReplaceRow(plan);
    const rows = planChildRows(id, plan);
    await updatePlanRow(tx, id, topLevel, stored.revision + 1);
    await deletePlanContent(tx, id);
    await insertPlanContent(tx, rows);
    recordPlanWrite(record, caller, "overwrite", stored, before, planSnapshot({ ...stored, ...topLevel }, rows));
    await syncTriggersOf(tx, caller, stored.oppijaOid);
    return { id, revision: stored.revision + 1 };
  });
}

export async function patchPlan(caller: WriteCaller, id: number, document: unknown, expectedRevision?: number | null): Promise<WriteResult> {
  refuseUnlessWriter(caller.principal, "patch");
  return caller.audit.transaction(caller.db, async (tx, record) => {
    const { stored, studyRight } = await lockForWrite(tx, caller, id, "patch", expectedRevision);
    const problems = validatePlanDocument(document, { kind: "patch", today: caller.today, studyRight, stored, planId: id });
    if (problems.length) throw badUserInput(problems);
    const patch = planPatchRow(camelizeKeys<PlanDocument>(document));
    await updatePlanRow(tx, id, patch, stored.revision + 1);
    const before = Object.fromEntries(Object.keys(patch).map((key) => [key, stored[key as keyof HoksRow]]));
    recordPlanWrite(record, caller, "update", stored, before, patch);
    await syncTriggersOf(tx, caller, stored.oppijaOid);
    return { id, revision: stored.revision + 1 };
  });
}

/** Soft delete: the plan disappears for every reader; its rows stay for the audit trail until retention. */
export async function deletePlan(caller: WriteCaller, id: number, expectedRevision?: number | null): Promise<WriteResult> {
  refuseUnlessWriter(caller.principal, "delete");
  return caller.audit.transaction(caller.db, async (tx, record) => {
    const { stored } = await lockForWrite(tx, caller, id, "delete", expectedRevision);
    const [deleted] = await tx.update(hoks).set({ deletedAt: sql`now()`, ...bumpRevision(stored) }).where(eq(hoks.id, id)).returning({ deletedAt: hoks.deletedAt });
    recordPlanWrite(record, caller, "delete", stored, {}, { poistettu: deleted!.deletedAt });
    await syncTriggersOf(tx, caller, stored.oppijaOid);
    return { id, revision: stored.revision + 1 };
  });
}

/** A dry run: the problems the write would meet, without writing (and without the right to). */
export async function dryRunPlan(caller: WriteCaller, document: unknown, kind: WriteKind, id?: number): Promise<FieldProblem[]> {
  refuseUnlessWriter(caller.principal, kind);
  return caller.db.transaction(async (tx) => {
    if (kind === "create") return checkCreate(tx, caller, document);
    if (id === undefined) throw badUserInput([{ path: "id", message: `a ${kind} needs the plan's id` }]);
    const { stored, studyRight } = await lockForWrite(tx, caller, id, kind);
    return validatePlanDocument(document, { kind, today: caller.today, studyRight, stored, planId: id });
  });
}
