DROP INDEX "persons"."opiskeluoikeus_oppilaitos_idx";--> statement-breakpoint
CREATE INDEX "opiskeluoikeus_oppilaitos_idx" ON "persons"."opiskeluoikeus" USING btree ("oppilaitos_oid","oppija_oid");