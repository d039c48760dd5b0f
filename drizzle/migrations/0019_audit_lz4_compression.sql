-- A create's audit row carries the whole plan as its changes (~25 kB of JSON), and PostgreSQL
-- compresses it before storing: lz4 does that in about half pglz's time and a quarter less space
-- (issue 17). The students' arrays of a list's row are compressed with it. Only values stored
-- from now on are compressed with lz4. Months made later take the setting from audit.entry; the
-- months there already are set one by one (the setting does not reach them from their parent).
-- A PostgreSQL built without lz4 (PGlite) keeps pglz.
DO $$
DECLARE
  month regclass;
BEGIN
  IF EXISTS (SELECT FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4'::text = ANY (enumvals)) THEN
    FOR month IN SELECT 'audit.entry'::regclass UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'audit.entry'::regclass LOOP
      EXECUTE format('ALTER TABLE %s ALTER COLUMN changes SET COMPRESSION lz4, ALTER COLUMN oppija_oids SET COMPRESSION lz4, '
        'ALTER COLUMN hoks_ids SET COMPRESSION lz4, ALTER COLUMN opiskeluoikeus_oids SET COMPRESSION lz4', month);
    END LOOP;
  END IF;
END $$;
