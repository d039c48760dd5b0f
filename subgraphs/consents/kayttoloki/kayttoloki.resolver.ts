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
import { AuditLoki, Kayttoloki } from "./kayttoloki.type.js";
import { ophView, studentView } from "./kayttoloki.view.js";

const LOG_PAGE_SIZE = 20;

@Resolver()
export class KayttolokiResolver {
  @Query(() => Kayttoloki, {
    description:
      "Students: who else read or changed your data, newest first: when, what, their role and organisation, and the rule that allowed it. Reads appear within a second.",
  })
  async kayttoloki(
    @Ctx() ctx: ConsentsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (20 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`seuraavaSivu` of the previous page." }) after?: string,
  ): Promise<Kayttoloki> {
    const oppijaOid = ctx.principal.sub;
    const page = await studentLogPage(ctx.db, oppijaOid, pageSize(first, LOG_PAGE_SIZE), decodeCursor(after));
    ctx.audit.read([{ operation: "read", dataKind: "kayttoloki", rule: "R1", oppijaOid }]);
    return { merkinnat: page.entries.map(studentView), seuraavaSivu: page.next ? encodeCursor(page.next) : null };
  }

  @Query(() => AuditLoki, { description: "OPH: the audit trail by student, user and time range, newest first." })
  async auditLoki(
    @Ctx() ctx: ConsentsContext,
    @Arg("oppijaOid", () => String, { nullable: true }) oppijaOid?: string,
    @Arg("kayttajaOid", () => String, { nullable: true, description: "The user's person OID or service account." }) kayttajaOid?: string,
    @Arg("alkaen", () => DateTimeISO, { nullable: true, description: "From this instant on (inclusive)." }) alkaen?: Date,
    @Arg("asti", () => DateTimeISO, { nullable: true, description: "Up to this instant (inclusive)." }) asti?: Date,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (20 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<AuditLoki> {
    if (oppijaOid != null && !isPersonOid(oppijaOid)) throw badUserInput([{ path: "oppijaOid", message: "is not a person OID (1.2.246.562.24.…)" }]);
    if (alkaen && asti && alkaen > asti) throw badUserInput([{ path: "asti", message: "is before alkaen" }]);
    const page = await auditLogPage(ctx.db, { oppijaOid, actorOid: kayttajaOid, from: alkaen, to: asti }, pageSize(first, LOG_PAGE_SIZE), decodeCursor(after));
    ctx.audit.read([...new Set(page.entries.map((entry) => entry.oppijaOid))].map((oid) => ({ operation: "read", dataKind: "kayttoloki", rule: "R9", oppijaOid: oid })));
    return { merkinnat: page.entries.map(ophView), seuraavaSivu: page.next ? encodeCursor(page.next) : null };
  }
}
