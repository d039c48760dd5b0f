-- Feedback triggers (AMIS, TEP) of the hoks subgraph and the history of their state changes.
CREATE TABLE "hoks"."feedback_trigger" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"hoks_id" integer NOT NULL,
	"oppija_oid" text NOT NULL,
	"opiskeluoikeus_oid" text NOT NULL,
	"koulutustoimija_oid" text,
	"survey_type" text NOT NULL,
	"trigger_date" date NOT NULL,
	"bundling_date" date,
	"answer_window_start" date NOT NULL,
	"answer_window_end" date NOT NULL,
	"yksiloiva_tunniste" text,
	"state" text NOT NULL,
	"reason" text,
	"tyopaikan_nimi" text,
	"tyopaikan_y_tunnus" text,
	"ohjaaja" jsonb,
	"kyselylinkki" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hoks"."feedback_trigger_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"trigger_key" text NOT NULL,
	"hoks_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"event" text NOT NULL,
	"state" text,
	"reason" text,
	"actor" text
);
--> statement-breakpoint
ALTER TABLE "hoks"."feedback_trigger" ADD CONSTRAINT "feedback_trigger_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_trigger_key_uq" ON "hoks"."feedback_trigger" USING btree ("key");--> statement-breakpoint
CREATE INDEX "feedback_trigger_due_idx" ON "hoks"."feedback_trigger" USING btree ("state","trigger_date","id");--> statement-breakpoint
CREATE INDEX "feedback_trigger_student_idx" ON "hoks"."feedback_trigger" USING btree ("oppija_oid");--> statement-breakpoint
CREATE INDEX "feedback_trigger_hoks_idx" ON "hoks"."feedback_trigger" USING btree ("hoks_id");--> statement-breakpoint
CREATE INDEX "feedback_trigger_event_key_idx" ON "hoks"."feedback_trigger_event" USING btree ("trigger_key","id");