CREATE TABLE "hoks"."workplace_naming" (
	"person_oid" text NOT NULL,
	"rule" text NOT NULL,
	"hoks_id" integer NOT NULL,
	"module_id" uuid NOT NULL,
	"unit_module_id" uuid NOT NULL,
	"top_unit_module_id" uuid NOT NULL,
	"access_until" date NOT NULL,
	CONSTRAINT "workplace_naming_rule_module_id_person_oid_pk" PRIMARY KEY("rule","module_id","person_oid")
);
--> statement-breakpoint
ALTER TABLE "hoks"."workplace_naming" ADD CONSTRAINT "workplace_naming_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workplace_naming_person_idx" ON "hoks"."workplace_naming" USING btree ("person_oid","access_until");--> statement-breakpoint
CREATE INDEX "workplace_naming_hoks_idx" ON "hoks"."workplace_naming" USING btree ("hoks_id");--> statement-breakpoint
CREATE INDEX "osaamisen_hankkimistapa_unit_idx" ON "hoks"."osaamisen_hankkimistapa" USING btree ("tutkinnon_osa_module_id");--> statement-breakpoint
CREATE INDEX "osaamisen_osoittaminen_unit_idx" ON "hoks"."osaamisen_osoittaminen" USING btree ("tutkinnon_osa_module_id");--> statement-breakpoint
-- Hand-written: the namings of plans already stored, as the view used to compute them.
INSERT INTO "hoks"."workplace_naming" (person_oid, rule, hoks_id, module_id, unit_module_id, top_unit_module_id, access_until)
  SELECT p.vastuullinen_ohjaaja_oid, 'R4', p.hoks_id, p.module_id, p.tutkinnon_osa_module_id, coalesce(u.parent_module_id, u.module_id), p.loppu + 90
  FROM "hoks"."osaamisen_hankkimistapa" p
  JOIN "hoks"."tutkinnon_osa" u ON u.module_id = p.tutkinnon_osa_module_id
  WHERE p.vastuullinen_ohjaaja_oid IS NOT NULL
    AND p.osaamisen_hankkimistapa_koodi_uri IN ('osaamisenhankkimistapa_koulutussopimus', 'osaamisenhankkimistapa_oppisopimus')
  UNION
  SELECT a.oid, 'R5', d.hoks_id, d.module_id, d.tutkinnon_osa_module_id, coalesce(u.parent_module_id, u.module_id), d.loppu + 90
  FROM "hoks"."osaamisen_osoittaminen" d
  JOIN "hoks"."tutkinnon_osa" u ON u.module_id = d.tutkinnon_osa_module_id
  CROSS JOIN LATERAL (
    SELECT DISTINCT e ->> 'oid' AS oid
    FROM jsonb_array_elements(coalesce(d.tyoelama_osaamisen_arvioijat, '[]'::jsonb)) e
    WHERE e ->> 'oid' IS NOT NULL
  ) a;
--> statement-breakpoint
-- Hand-written: the contract view keeps its columns and now reads the namings by person.
CREATE OR REPLACE VIEW "hoks"."workplace_facts" AS
  SELECT n.person_oid, n.rule, n.hoks_id, h.oppija_oid, h.opiskeluoikeus_oid, n.module_id,
         n.unit_module_id, n.top_unit_module_id, n.access_until
  FROM "hoks"."workplace_naming" n
  JOIN "hoks"."hoks" h ON h.id = n.hoks_id AND h.deleted_at IS NULL;
