-- Read-only contracts for the disclosure rules (see drizzle/schema/*-contract.ts). Each subgraph
-- publishes the facts others need to decide access, and reads others' facts only through these.

-- hoks: which live plan belongs to which student and study right.
CREATE VIEW "hoks"."plan_facts" AS
  SELECT id AS hoks_id, oppija_oid, opiskeluoikeus_oid
  FROM "hoks"."hoks"
  WHERE deleted_at IS NULL;
--> statement-breakpoint
-- hoks: every unit, period and demonstration of a live plan, with the unit holding it (for a
-- unit: itself) and that unit's top-level unit (for an area of a common unit: the common unit).
CREATE VIEW "hoks"."module_facts" AS
  SELECT u.hoks_id, h.oppija_oid, u.module_id, 'tutkinnonOsa'::text AS kind,
         u.module_id AS unit_module_id, coalesce(u.parent_module_id, u.module_id) AS top_unit_module_id
  FROM "hoks"."tutkinnon_osa" u JOIN "hoks"."hoks" h ON h.id = u.hoks_id AND h.deleted_at IS NULL
  UNION ALL
  SELECT p.hoks_id, h.oppija_oid, p.module_id, 'osaamisenHankkimistapa',
         p.tutkinnon_osa_module_id, coalesce(u.parent_module_id, u.module_id)
  FROM "hoks"."osaamisen_hankkimistapa" p
  JOIN "hoks"."tutkinnon_osa" u ON u.module_id = p.tutkinnon_osa_module_id
  JOIN "hoks"."hoks" h ON h.id = p.hoks_id AND h.deleted_at IS NULL
  UNION ALL
  SELECT d.hoks_id, h.oppija_oid, d.module_id, 'osaamisenOsoittaminen',
         d.tutkinnon_osa_module_id, coalesce(u.parent_module_id, u.module_id)
  FROM "hoks"."osaamisen_osoittaminen" d
  JOIN "hoks"."tutkinnon_osa" u ON u.module_id = d.tutkinnon_osa_module_id
  JOIN "hoks"."hoks" h ON h.id = d.hoks_id AND h.deleted_at IS NULL;
--> statement-breakpoint
-- hoks: who is named responsible for what (R4: a workplace period's instructor; R5: a
-- demonstration's working-life assessor) and until when that naming gives access.
CREATE VIEW "hoks"."workplace_facts" AS
  SELECT p.vastuullinen_ohjaaja_oid AS person_oid, 'R4'::text AS rule, p.hoks_id, h.oppija_oid,
         h.opiskeluoikeus_oid, p.module_id, p.tutkinnon_osa_module_id AS unit_module_id,
         coalesce(u.parent_module_id, u.module_id) AS top_unit_module_id,
         (p.loppu + 90) AS access_until
  FROM "hoks"."osaamisen_hankkimistapa" p
  JOIN "hoks"."tutkinnon_osa" u ON u.module_id = p.tutkinnon_osa_module_id
  JOIN "hoks"."hoks" h ON h.id = p.hoks_id AND h.deleted_at IS NULL
  WHERE p.vastuullinen_ohjaaja_oid IS NOT NULL
    AND p.osaamisen_hankkimistapa_koodi_uri IN ('osaamisenhankkimistapa_koulutussopimus', 'osaamisenhankkimistapa_oppisopimus')
  UNION ALL
  SELECT a.oid, 'R5', d.hoks_id, h.oppija_oid, h.opiskeluoikeus_oid, d.module_id,
         d.tutkinnon_osa_module_id, coalesce(u.parent_module_id, u.module_id), (d.loppu + 90)
  FROM "hoks"."osaamisen_osoittaminen" d
  JOIN "hoks"."tutkinnon_osa" u ON u.module_id = d.tutkinnon_osa_module_id
  JOIN "hoks"."hoks" h ON h.id = d.hoks_id AND h.deleted_at IS NULL
  CROSS JOIN LATERAL (
    SELECT DISTINCT e ->> 'oid' AS oid
    FROM jsonb_array_elements(coalesce(d.tyoelama_osaamisen_arvioijat, '[]'::jsonb)) e
    WHERE e ->> 'oid' IS NOT NULL
  ) a;
--> statement-breakpoint
-- consents: every consent, with its validity; revoked ones carry their revocation time.
CREATE VIEW "consents"."consent_facts" AS
  SELECT id, oppija_oid, hoks_id, vastaanottaja_henkilo_oid, vastaanottaja_organisaatio_oid,
         vastaanottaja_y_tunnus, osiot, tutkinnon_osa_module_ids, voimassa_alku, voimassa_loppu, peruttu
  FROM "consents"."suostumus";
--> statement-breakpoint
-- consents: every share link by the hash of its token, with what it shows and when.
CREATE VIEW "consents"."share_link_facts" AS
  SELECT token_hash, oppija_oid, hoks_id, tutkinnon_osa_module_id, kohde_tyyppi, kohde_module_id,
         voimassa_alku, voimassa_loppu
  FROM "consents"."jakolinkki";
