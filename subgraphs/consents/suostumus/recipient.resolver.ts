/**
 * A consent recipient's own view (disclosure.md R6): the consents naming them that are valid
 * today, so that they know which plans they may read (`hoks(id:)`) and which parts of them.
 * Revoked and expired consents, and consents naming anyone else, are not there. Each consent
 * shown is a read of the student's data, audited under R6.
 */
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { isMicrosecondTimestamp } from "../../shared/validation/calendar-date.js";
import { connectionOf, decodeCursor, encodeCursor, pageSize, type Connection } from "../../shared/pagination.js";
import { auditTargetOf } from "../audit-target.js";
import type { ConsentsContext } from "../context.js";
import { consentsNamingRecipient, type ConsentPosition } from "./recipient.queries.js";
import { SuostumusConnection } from "./suostumus-connection.type.js";
import type { Suostumus } from "./suostumus.type.js";
import { suostumusView } from "./suostumus.view.js";

const PAGE_SIZE = 50;
const CURSOR = "suostumuksetMinulle";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodePosition(after: string | null | undefined): ConsentPosition | undefined {
  const parts = decodeCursor(CURSOR, after, ([createdAt, id, ...rest]) => rest.length === 0 && isMicrosecondTimestamp(createdAt ?? "") && UUID.test(id ?? ""));
  return parts && { createdAt: parts[0]!, id: parts[1]! };
}

@Resolver()
export class RecipientConsentsResolver {
  @Query(() => SuostumusConnection, {
    description:
      "Consent recipients (R6): the consents valid today that name you, by your person OID or the organisation OID or Y-tunnus in your token, oldest first. Each tells which plan (`hoks { id }`, to read with `hoks(id:)`), whose (`oppija`), which parts (`osiot`, `tutkinnonOsaModuleIds`), why (`tarkoitus`) and until when. A revoked or expired consent is gone from the list at once. Empty for a caller no consent names.",
  })
  async suostumuksetMinulle(
    @Ctx() ctx: ConsentsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (50 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`pageInfo.endCursor` of the previous page; the first page when not given." }) after?: string,
  ): Promise<Connection<Suostumus>> {
    const size = pageSize(first, PAGE_SIZE);
    const rows = await consentsNamingRecipient(ctx.readDb, ctx.principal, ctx.today, size + 1, decodePosition(after));
    // The page's consents are disclosed; the extra row read only to know that another page follows is not.
    ctx.audit.disclosed("suostumus", auditTargetOf, rows.slice(0, size));
    return connectionOf(rows, size, (row) => encodeCursor(CURSOR, [row.position.createdAt, row.position.id]), suostumusView);
  }
}
