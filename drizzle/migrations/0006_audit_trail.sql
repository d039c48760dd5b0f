CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TABLE "audit"."entry" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"log_seq" bigint NOT NULL,
	"boot_time" timestamp (3) with time zone NOT NULL,
	"hostname" text NOT NULL,
	"service_name" text NOT NULL,
	"operation" text NOT NULL,
	"data_kind" text NOT NULL,
	"rule" text NOT NULL,
	"actor_oid" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_organisations" text[] DEFAULT '{}'::text[] NOT NULL,
	"ip_address" text,
	"session" text,
	"user_agent" text,
	"request_id" text,
	"oppija_oid" text NOT NULL,
	"hoks_id" integer,
	"opiskeluoikeus_oid" text,
	"changes" jsonb
);
--> statement-breakpoint
CREATE INDEX "entry_oppija_idx" ON "audit"."entry" USING btree ("oppija_oid","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entry_actor_idx" ON "audit"."entry" USING btree ("actor_oid","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entry_occurred_idx" ON "audit"."entry" USING btree ("occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);