CREATE TABLE "hoks"."idempotency_key" (
	"caller_sub" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"hoks_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_key_caller_sub_key_pk" PRIMARY KEY("caller_sub","key")
);
--> statement-breakpoint
ALTER TABLE "hoks"."idempotency_key" ADD CONSTRAINT "idempotency_key_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;