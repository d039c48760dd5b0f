-- eHOKS v1 drop-in. `eid`: a volatile default is evaluated per row, so every existing plan gets a
-- UUID of its own here, and keeps it.
ALTER TABLE "hoks"."hoks" ADD COLUMN "eid" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "hoks"."hoks" ADD COLUMN "manuaalisyotto" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "audit"."entry" ADD COLUMN "caller_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "hoks_eid_uq" ON "hoks"."hoks" USING btree ("eid");--> statement-breakpoint
-- The write path asks for osa-aikaisuustieto only for study rights in workplace feedback's target
-- group (not TELMA), so the contract view carries the study right's suoritus types. New columns go
-- last, as CREATE OR REPLACE VIEW requires.
CREATE OR REPLACE VIEW "persons"."study_right_facts" AS
  SELECT oid, oppija_oid, tyyppi, oppilaitos_oid, koulutustoimija_oid, alkamispaiva,
         arvioitu_paattymispaiva, paattymispaiva, sisaltyy_opiskeluoikeuteen_oid, opiskeluoikeusjaksot,
         ARRAY(SELECT s->>'tyyppi' FROM jsonb_array_elements(suoritukset) AS s WHERE s->>'tyyppi' IS NOT NULL) AS suoritus_tyypit
  FROM "persons"."opiskeluoikeus";
