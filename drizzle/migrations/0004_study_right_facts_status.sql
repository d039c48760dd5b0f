-- The write path validates periods against a study right's status history (an ended study right
-- with status eronnut and the like is not checked against its expected end), so the contract
-- view carries the status periods too. New columns go last, as CREATE OR REPLACE VIEW requires.
CREATE OR REPLACE VIEW "persons"."study_right_facts" AS
  SELECT oid, oppija_oid, tyyppi, oppilaitos_oid, koulutustoimija_oid, alkamispaiva,
         arvioitu_paattymispaiva, paattymispaiva, sisaltyy_opiskeluoikeuteen_oid, opiskeluoikeusjaksot
  FROM "persons"."opiskeluoikeus";
