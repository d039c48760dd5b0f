-- The audit trail grows by millions of rows a day nationally: audit.entry becomes a table
-- partitioned by month of occurred_at (UTC), so that retention drops a month whole and the
-- newest-first reads of the student's log and OPH's search touch only the months they need.
-- The rows move over in this migration; ids keep their sequence.
ALTER TABLE "audit"."entry" RENAME TO "entry_unpartitioned";--> statement-breakpoint
ALTER TABLE "audit"."entry_unpartitioned" RENAME CONSTRAINT "entry_pkey" TO "entry_unpartitioned_pkey";--> statement-breakpoint
ALTER INDEX "audit"."entry_oppija_idx" RENAME TO "entry_unpartitioned_oppija_idx";--> statement-breakpoint
ALTER INDEX "audit"."entry_actor_idx" RENAME TO "entry_unpartitioned_actor_idx";--> statement-breakpoint
ALTER INDEX "audit"."entry_occurred_idx" RENAME TO "entry_unpartitioned_occurred_idx";--> statement-breakpoint
CREATE TABLE "audit"."entry" (LIKE "audit"."entry_unpartitioned" INCLUDING DEFAULTS) PARTITION BY RANGE ("occurred_at");--> statement-breakpoint
ALTER SEQUENCE "audit"."entry_id_seq" OWNED BY "audit"."entry"."id";--> statement-breakpoint
ALTER TABLE "audit"."entry" ADD CONSTRAINT "entry_id_occurred_at_pk" PRIMARY KEY ("id", "occurred_at");--> statement-breakpoint
CREATE INDEX "entry_oppija_idx" ON "audit"."entry" USING btree ("oppija_oid", "occurred_at" DESC NULLS LAST, "id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entry_actor_idx" ON "audit"."entry" USING btree ("actor_oid", "occurred_at" DESC NULLS LAST, "id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entry_occurred_idx" ON "audit"."entry" USING btree ("occurred_at" DESC NULLS LAST, "id" DESC NULLS LAST);--> statement-breakpoint
-- Whatever no month's partition takes (a month not yet made): an insert never fails for want of one.
CREATE TABLE "audit"."entry_default" PARTITION OF "audit"."entry" DEFAULT;--> statement-breakpoint
-- What retention dropped: each month's partition, with its rows' count, when and by what.
CREATE TABLE "audit"."dropped_partition" (
	"partition_name" text PRIMARY KEY NOT NULL,
	"range_from" timestamp with time zone NOT NULL,
	"range_to" timestamp with time zone NOT NULL,
	"row_count" bigint NOT NULL,
	"dropped_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dropped_by" text NOT NULL
);--> statement-breakpoint
-- Makes the month partitions from the month of first_instant to that of last_instant that are
-- missing; rows the default partition holds for such a month move into it. Serialised by a lock,
-- so processes may call it at once. Returns how many it made.
CREATE FUNCTION "audit"."ensure_month_partitions"(first_instant timestamptz, last_instant timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  month_start timestamp := date_trunc('month', first_instant AT TIME ZONE 'UTC');
  last_month timestamp := date_trunc('month', last_instant AT TIME ZONE 'UTC');
  range_from timestamptz;
  range_to timestamptz;
  partition_name text;
  made integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(7155002);
  WHILE month_start <= last_month LOOP
    partition_name := 'entry_' || to_char(month_start, 'YYYY_MM');
    range_from := month_start AT TIME ZONE 'UTC';
    range_to := (month_start + interval '1 month') AT TIME ZONE 'UTC';
    IF to_regclass(format('audit.%I', partition_name)) IS NULL THEN
      -- The default partition may not hold rows of the new partition's range when it is attached.
      CREATE TEMPORARY TABLE IF NOT EXISTS audit_rows_moving (LIKE audit.entry) ON COMMIT DROP;
      WITH moved AS (DELETE FROM audit.entry_default WHERE occurred_at >= range_from AND occurred_at < range_to RETURNING *)
        INSERT INTO audit_rows_moving SELECT * FROM moved;
      EXECUTE format('CREATE TABLE audit.%I PARTITION OF audit.entry FOR VALUES FROM (%L) TO (%L)', partition_name, range_from, range_to);
      INSERT INTO audit.entry SELECT * FROM audit_rows_moving;
      TRUNCATE audit_rows_moving;
      made := made + 1;
    END IF;
    month_start := month_start + interval '1 month';
  END LOOP;
  RETURN made;
END
$$;--> statement-breakpoint
SELECT "audit"."ensure_month_partitions"(coalesce((SELECT min("occurred_at") FROM "audit"."entry_unpartitioned"), now()), now() + interval '3 months');--> statement-breakpoint
INSERT INTO "audit"."entry" SELECT * FROM "audit"."entry_unpartitioned";--> statement-breakpoint
DROP TABLE "audit"."entry_unpartitioned";
