-- An audit row holds a run of entries that differ only in the student (and plan, study right):
-- the students of one list read under one rule become one row instead of one each. The row's
-- students are arrays, GIN-indexed for the student's log and OPH's search; audit.entry_target
-- shows the rows as entries again, one per student. Every existing row becomes a row of one.
DROP INDEX "audit"."entry_oppija_idx";--> statement-breakpoint
ALTER TABLE "audit"."entry" ADD COLUMN "oppija_oids" text[];--> statement-breakpoint
ALTER TABLE "audit"."entry" ADD COLUMN "hoks_ids" integer[];--> statement-breakpoint
ALTER TABLE "audit"."entry" ADD COLUMN "opiskeluoikeus_oids" text[];--> statement-breakpoint
UPDATE "audit"."entry" SET "oppija_oids" = ARRAY["oppija_oid"], "hoks_ids" = ARRAY["hoks_id"], "opiskeluoikeus_oids" = ARRAY["opiskeluoikeus_oid"];--> statement-breakpoint
ALTER TABLE "audit"."entry" ALTER COLUMN "oppija_oids" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit"."entry" ALTER COLUMN "hoks_ids" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit"."entry" ALTER COLUMN "opiskeluoikeus_oids" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit"."entry" DROP COLUMN "oppija_oid";--> statement-breakpoint
ALTER TABLE "audit"."entry" DROP COLUMN "hoks_id";--> statement-breakpoint
ALTER TABLE "audit"."entry" DROP COLUMN "opiskeluoikeus_oid";--> statement-breakpoint
CREATE INDEX "entry_oppija_oids_idx" ON "audit"."entry" USING gin ("oppija_oids");--> statement-breakpoint
-- One row per entry: the row's columns, the entry's student, plan and study right, its place in
-- the row (`item`, from 1) and its own OPH log sequence number (the row's first, counted on).
CREATE VIEW "audit"."entry_target" AS
  SELECT e.id, t.item::integer AS item, e.occurred_at, e.log_seq + t.item - 1 AS log_seq, e.boot_time, e.hostname, e.service_name,
    e.operation, e.outcome, e.data_kind, e.rule, e.actor_oid, e.actor_role, e.actor_organisations, e.ip_address, e.session,
    e.user_agent, e.request_id, e.caller_id, e.changes, t.oppija_oid, t.hoks_id, t.opiskeluoikeus_oid, e.oppija_oids AS targets
  FROM "audit"."entry" e
  CROSS JOIN LATERAL unnest(e.oppija_oids, e.hoks_ids, e.opiskeluoikeus_oids) WITH ORDINALITY AS t(oppija_oid, hoks_id, opiskeluoikeus_oid, item);
