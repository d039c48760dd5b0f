-- The audit trail's students are identifiers, never sorted for people: their GIN index compares
-- them byte by byte ("C") instead of by the database's language rules. Every read disclosing a
-- list adds one index entry per student, and a Finnish collation made each of those comparisons
-- the slow part of keeping the index (issue 17). Only the collation changes, so the table is not
-- rewritten; the index is built again. The view shows the column, so it is made again around it.
DROP VIEW "audit"."entry_target";--> statement-breakpoint
ALTER TABLE "audit"."entry" ALTER COLUMN "oppija_oids" SET DATA TYPE text[] COLLATE "C";--> statement-breakpoint
CREATE VIEW "audit"."entry_target" AS
  SELECT e.id, t.item::integer AS item, e.occurred_at, e.log_seq + t.item - 1 AS log_seq, e.boot_time, e.hostname, e.service_name,
    e.operation, e.outcome, e.data_kind, e.rule, e.actor_oid, e.actor_role, e.actor_organisations, e.ip_address, e.session,
    e.user_agent, e.request_id, e.caller_id, e.changes, t.oppija_oid, t.hoks_id, t.opiskeluoikeus_oid, e.oppija_oids AS targets
  FROM "audit"."entry" e
  CROSS JOIN LATERAL unnest(e.oppija_oids, e.hoks_ids, e.opiskeluoikeus_oids) WITH ORDINALITY AS t(oppija_oid, hoks_id, opiskeluoikeus_oid, item);
