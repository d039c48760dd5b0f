import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Db } from "../../../drizzle/db.js";
import { badUserInput, notFound } from "../../shared/errors.js";
import { withGrant } from "../../shared/grant.js";
import type { ConsentsContext } from "../context.js";
import { jakolinkkiView } from "../jakolinkki/jakolinkki.view.js";
import { modulesOfPlan } from "./ownership.queries.js";
import { requireOwnPlan, requireStudent } from "./ownership.js";
import { CreateShareLinkInput, LuotuJakolinkki } from "./share-link.input.js";
import { recordConsentWrite } from "./consent-audit.js";
import { createShareLinkRecord, deleteShareLinkRecord } from "./share-link-store.js";
import { shareLinkProblems } from "./validate-share-link.js";

@Resolver()
export class ShareLinkMutations {
  @Mutation(() => LuotuJakolinkki, {
    description: "Makes a time-limited link to one period or demonstration of one of the caller's units. The secret is returned only here. Students only.",
  })
  createShareLink(@Arg("input", () => CreateShareLinkInput, { description: "What the link shows (one unit and one of its periods or demonstrations) and when it works." }) input: CreateShareLinkInput, @Ctx() ctx: ConsentsContext): Promise<LuotuJakolinkki> {
    return ctx.audit.transaction(ctx.db, async (tx, record) => {
      const db = tx as unknown as Db;
      const hoksId = await requireOwnPlan(db, ctx.principal, input.hoksId);
      const modules = await modulesOfPlan(db, hoksId, [input.tutkinnonOsaModuleId, input.kohdeModuleId]);
      const problems = shareLinkProblems(input, modules, ctx.today);
      if (problems.length) throw badUserInput(problems);
      const { row, token } = await createShareLinkRecord(db, {
        oppijaOid: ctx.principal.sub,
        hoksId,
        tutkinnonOsaModuleId: input.tutkinnonOsaModuleId,
        kohdeTyyppi: input.kohdeTyyppi,
        kohdeModuleId: input.kohdeModuleId,
        voimassaAlku: input.voimassaAlku,
        voimassaLoppu: input.voimassaLoppu,
      });
      recordConsentWrite(record, "create", { kind: "jakolinkki", row });
      return { jakolinkki: jakolinkkiView(withGrant(row, "R1")), token };
    });
  }

  @Mutation(() => Boolean, { description: "Deletes one of the caller's share links; it stops working at once. Students only." })
  async deleteShareLink(@Arg("id", () => ID, { description: "Id of one of the caller's own share links (`Jakolinkki.id`)." }) id: string, @Ctx() ctx: ConsentsContext): Promise<boolean> {
    requireStudent(ctx.principal);
    return ctx.audit.transaction(ctx.db, async (tx, record) => {
      const deleted = await deleteShareLinkRecord(tx as unknown as Db, id, ctx.principal.sub);
      if (!deleted) throw notFound("Jakolinkki");
      recordConsentWrite(record, "delete", { kind: "jakolinkki", row: deleted });
      return true;
    });
  }
}
