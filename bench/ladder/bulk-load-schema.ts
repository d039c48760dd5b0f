/**
 * Foreign keys and secondary indexes of the tables a bulk load fills, set aside for the load and
 * made again afterwards, exactly as the catalog defined them. Per row, a foreign key costs a
 * lookup in the parent table and an index an insert into a growing tree; after the load, one join
 * checks each foreign key and one sort builds each index. Primary keys and the constraints behind
 * them stay: other tables' foreign keys need them. Only for a fresh database that nobody else
 * writes meanwhile: while they are away, nothing checks the rows.
 */
import type postgres from "postgres";

interface SetAside {
  foreignKeys: { table: string; name: string; definition: string }[];
  indexes: { schema: string; name: string; definition: string }[];
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function definitionsOf(client: postgres.Sql, tables: string[]): Promise<SetAside> {
  const foreignKeys = await client<{ table: string; name: string; definition: string }[]>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and conrelid = any(${tables}::regclass[]) order by conrelid, conname`;
  // Indexes that back a constraint (primary keys, unique constraints) go with it, not alone.
  const indexes = await client<{ schema: string; name: string; definition: string }[]>`
    select i.schemaname as schema, i.indexname as name, i.indexdef as definition from pg_indexes i
    where (quote_ident(i.schemaname) || '.' || quote_ident(i.tablename))::regclass = any(${tables}::regclass[])
      and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
    order by 1, 2`;
  return { foreignKeys: [...foreignKeys], indexes: [...indexes] };
}

/** Runs `load` with the tables' foreign keys and secondary indexes away, then makes them again. */
export async function withoutKeysAndIndexes(client: postgres.Sql, tables: string[], load: () => Promise<void>, onRebuild?: (step: string) => void): Promise<void> {
  const aside = await definitionsOf(client, tables);
  // Names and definitions come from the catalog, never from input.
  await client.begin(async (tx) => {
    for (const fk of aside.foreignKeys) await tx.unsafe(`alter table ${fk.table} drop constraint ${quoteIdent(fk.name)}`);
    for (const index of aside.indexes) await tx.unsafe(`drop index ${quoteIdent(index.schema)}.${quoteIdent(index.name)}`);
  });
  await load();
  await client.begin(async (tx) => {
    // Sorting for an index build in memory rather than in many small runs on disk.
    await tx`set local maintenance_work_mem = '512MB'`;
    for (const index of aside.indexes) {
      onRebuild?.(`index ${index.name}`);
      await tx.unsafe(index.definition);
    }
    for (const fk of aside.foreignKeys) {
      onRebuild?.(`foreign key ${fk.name}`);
      await tx.unsafe(`alter table ${fk.table} add constraint ${quoteIdent(fk.name)} ${fk.definition}`);
    }
  });
}
