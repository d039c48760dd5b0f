-- The organisation tree as parent links: coverage ("a privilege at O covers O and everything
-- below it") walks down from the privileged organisations, which touches only their subtrees,
-- instead of computing every organisation's ancestry.
CREATE VIEW "persons"."organisation_tree" AS
  SELECT oid, parent_oid FROM "persons"."organisaatio";
