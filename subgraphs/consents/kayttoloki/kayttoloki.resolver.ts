/**
 * The access logs: the student's own (R1: who else used their data, when, and on which basis) and
 * OPH's search of the whole trail (R9). Reading a log is itself a use of the student's data, and
 * is recorded like any other.
 */
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { isPersonOid } from "../../shared/validation/identifiers.js";
import { badUserInput } from "../../shared/errors.js";
import { DateTimeISO } from "../../shared/scalars.js";
import type { ConsentsContext } from "../context.js";
import { pageSize } from "../../shared/pagination.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { auditLogPage, studentLogPage } from "./kayttoloki.queries.js";
import type { LogPage } from "./kayttoloki.queries.js";
import { AuditMerkintaConnection, KayttolokimerkintaConnection } from "./kayttoloki.type.js";
import { ophView, studentView } from "./kayttoloki.view.js";

const LOG_PAGE_SIZE = 20;

/** A page of the log as a connection, with the deprecated `merkinnat`/`seuraavaSivu` beside it. */
function logConnection<T>(page: LogPage, view: (row: LogPage["entries"][number]) => T) {
  const edges = page.entries.map((entry) => ({ cursor: encodeCursor({ occurredAt: entry.occurredAt, id: entry.id, item: entry.item }), node: view(entry) }));
  const nodes = edges.map((edge) => edge.node);
  const pageInfo = { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.next !== undefined };
  return { nodes, edges, pageInfo, merkinnat: nodes, seuraavaSivu: page.next ? encodeCursor(page.next) : null };
}

@Resolver()
export class KayttolokiResolver {
  @Query(() => KayttolokimerkintaConnection, {
    description:
      "Students: who else read or changed your data, newest first: when, what, their role and organisation, and the rule that allowed it. Reads appear within a second. Your own actions are left out.",
  })
  async kayttoloki(
    @Ctx() ctx: ConsentsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (20 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`pageInfo.endCursor` of the previous page; the first page when not given." }) after?: string,
  ): Promise<KayttolokimerkintaConnection> {
    const oppijaOid = ctx.principal.sub;
    const page = await studentLogPage(ctx.readDb, oppijaOid, pageSize(first, LOG_PAGE_SIZE), decodeCursor(after));
    ctx.audit.read([{ operation: "read", dataKind: "kayttoloki", rule: "R1", oppijaOid }]);
    return logConnection(page, studentView);
  }

  @Query(() => AuditMerkintaConnection, {
    description: "OPH: the audit trail by student, user and time range, newest first, refused write attempts included. Every filter is optional; together they narrow.",
  })
  async auditLoki(
    @Ctx() ctx: ConsentsContext,
    @Arg("oppijaOid", () => String, { nullable: true, description: "Only entries about this student (person OID 1.2.246.562.24.…)." }) oppijaOid?: string,
    @Arg("kayttajaOid", () => String, { nullable: true, description: "The user's person OID or service account." }) kayttajaOid?: string,
    @Arg("alkaen", () => DateTimeISO, { nullable: true, description: "From this instant on (inclusive)." }) alkaen?: Date,
    @Arg("asti", () => DateTimeISO, { nullable: true, description: "Up to this instant (inclusive)." }) asti?: Date,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (20 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`pageInfo.endCursor` of the previous page; the first page when not given." }) after?: string,
  ): Promise<AuditMerkintaConnection> {
    if (oppijaOid != null && !isPersonOid(oppijaOid)) throw badUserInput([{ path: "oppijaOid", message: "is not a person OID (1.2.246.562.24.…)" }]);
    if (alkaen && asti && alkaen > asti) throw badUserInput([{ path: "asti", message: "is before alkaen" }]);
    const page = await auditLogPage(ctx.readDb, { oppijaOid, actorOid: kayttajaOid, from: alkaen, to: asti }, pageSize(first, LOG_PAGE_SIZE), decodeCursor(after));
    ctx.audit.read([...new Set(page.entries.map((entry) => entry.oppijaOid))].map((oid) => ({ operation: "read", dataKind: "kayttoloki", rule: "R9", oppijaOid: oid })));
    return logConnection(page, ophView);
  }
}
