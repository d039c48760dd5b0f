/**
 * The share-link holder's door (R7): the link's secret arrives in the `x-share-link` header, and
 * this answers what it shows, or why not: unknown, not yet valid, or expired.
 */
import { eq } from "drizzle-orm";
import { GraphQLError } from "graphql";
import { Ctx, Query, Resolver } from "type-graphql";
import { jakolinkki } from "../../../drizzle/schema/index.js";
import { notFound } from "../../shared/errors.js";
import { withGrant, type Granted } from "../../shared/grant.js";
import { auditTargetOf } from "../audit-target.js";
import type { ConsentsContext } from "../context.js";
import { JaettuModuuli } from "./jaettu-moduuli.type.js";
import { jakolinkkiView } from "./jakolinkki.view.js";

@Resolver()
export class JaettuModuuliResolver {
  @Query(() => JaettuModuuli, {
    nullable: true,
    description: "The content of the share link presented in the `x-share-link` header. Errors: NOT_FOUND, SHARE_LINK_NOT_YET_VALID, SHARE_LINK_EXPIRED.",
  })
  async jaettuModuuli(@Ctx() ctx: ConsentsContext): Promise<Granted<JaettuModuuli>> {
    const hash = ctx.principal.shareLinkHash;
    // From the primary, not a replica: a link is opened by someone other than its creator, often
    // at once, and that person has no write of their own for a replica to wait for.
    const [link] = hash ? await ctx.db.select().from(jakolinkki).where(eq(jakolinkki.tokenHash, hash)) : [];
    if (!link) throw notFound("Jakolinkki");
    if (ctx.today < link.voimassaAlku) {
      throw new GraphQLError(`The share link is not yet valid: it opens on ${link.voimassaAlku}`, { extensions: { code: "SHARE_LINK_NOT_YET_VALID" } });
    }
    if (ctx.today > link.voimassaLoppu) {
      throw new GraphQLError(`The share link has expired: it closed after ${link.voimassaLoppu}`, { extensions: { code: "SHARE_LINK_EXPIRED" } });
    }
    // The holder sees the link as the view shows it (JaettuModuuli names a subset of its fields).
    const [shown] = ctx.audit.disclosed("jakolinkki", auditTargetOf, [withGrant(link, "R7")]);
    return jakolinkkiView(shown!);
  }
}
