import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { badUserInput, notFound } from "../../shared/errors.js";
import { withGrant, type Granted } from "../../shared/grant.js";
import type { ConsentsContext } from "../context.js";
import { Suostumus } from "../suostumus/suostumus.type.js";
import { suostumusView } from "../suostumus/suostumus.view.js";
import { CreateConsentInput } from "./consent.input.js";
import { recordConsentWrite } from "./consent-audit.js";
import { createConsentRecord, revokeConsentRecord } from "./consent-store.js";
import { modulesOfPlan } from "./ownership.queries.js";
import { requireOwnPlan, requireStudent } from "./ownership.js";
import { consentProblems } from "./validate-consent.js";
import type { Db } from "../../../drizzle/db.js";

@Resolver()
export class ConsentMutations {
  @Mutation(() => Suostumus, { description: "Gives a consent on one of the caller's own plans. Students only." })
  createConsent(@Arg("input", () => CreateConsentInput, { description: "The consent: plan, recipient, sections, purpose and validity." }) input: CreateConsentInput, @Ctx() ctx: ConsentsContext): Promise<Granted<Suostumus>> {
    return ctx.audit.transaction(ctx.db, async (tx, record) => {
      const db = tx as unknown as Db;
      const hoksId = await requireOwnPlan(db, ctx.principal, input.hoksId);
      const units = await modulesOfPlan(db, hoksId, input.tutkinnonOsaModuleIds ?? []);
      const problems = consentProblems(input, units, ctx.today);
      if (problems.length) throw badUserInput(problems);
      const row = await createConsentRecord(db, {
        oppijaOid: ctx.principal.sub,
        hoksId,
        vastaanottajaHenkiloOid: input.vastaanottaja.henkiloOid || null,
        vastaanottajaOrganisaatioOid: input.vastaanottaja.organisaatioOid || null,
        vastaanottajaYTunnus: input.vastaanottaja.yTunnus || null,
        osiot: input.osiot,
        tutkinnonOsaModuleIds: input.tutkinnonOsaModuleIds ?? [],
        tarkoitus: input.tarkoitus.trim(),
        voimassaAlku: input.voimassaAlku,
        voimassaLoppu: input.voimassaLoppu,
      });
      recordConsentWrite(record, "create", { kind: "suostumus", row });
      return suostumusView(withGrant(row, "R1"));
    });
  }

  @Mutation(() => Suostumus, {
    description: "Revokes one of the caller's consents; it stops disclosing from the next request on. Students only.",
  })
  async revokeConsent(@Arg("id", () => ID, { description: "Id of one of the caller's own consents (`Suostumus.id`)." }) id: string, @Ctx() ctx: ConsentsContext): Promise<Granted<Suostumus>> {
    requireStudent(ctx.principal);
    const own = await ctx.loaders.suostumusById.load(id);
    if (!own || own.oppija.oid !== ctx.principal.sub) throw notFound("Suostumus");
    // Revoking twice keeps the first revocation time, and writes (and records) nothing.
    const revoked = await ctx.audit.transaction(ctx.db, async (tx, record) => {
      const row = await revokeConsentRecord(tx as unknown as Db, id, ctx.principal.sub, new Date());
      if (row) recordConsentWrite(record, "update", { kind: "suostumus", row });
      return row;
    });
    return revoked ? suostumusView(withGrant(revoked, "R1")) : own;
  }
}
