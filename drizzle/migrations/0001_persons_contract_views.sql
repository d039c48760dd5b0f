-- The persons subgraph's read-only contract (see drizzle/schema/persons-contract.ts).
CREATE VIEW "persons"."study_right_facts" AS
  SELECT oid, oppija_oid, tyyppi, oppilaitos_oid, koulutustoimija_oid, alkamispaiva,
         arvioitu_paattymispaiva, paattymispaiva, sisaltyy_opiskeluoikeuteen_oid
  FROM "persons"."opiskeluoikeus";
--> statement-breakpoint
CREATE VIEW "persons"."organisation_ancestry" AS
  WITH RECURSIVE ancestry(oid, ancestor_oid, depth) AS (
    SELECT oid, oid, 0 FROM "persons"."organisaatio"
    UNION ALL
    SELECT a.oid, o.parent_oid, a.depth + 1
    FROM ancestry a JOIN "persons"."organisaatio" o ON o.oid = a.ancestor_oid
    WHERE o.parent_oid IS NOT NULL AND a.depth < 32
  )
  SELECT oid, ancestor_oid FROM ancestry;
