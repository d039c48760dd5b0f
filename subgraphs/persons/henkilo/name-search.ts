/**
 * Staff's search of their students by name: the argument's checks, and the SQL test that a
 * person's names contain every word searched for, case-insensitively.
 *
 * The database's own `lower()` folds only ASCII where the cluster's locale is C (PGlite's is), so
 * the search words are folded here (Unicode, Finnish rules) and the names' non-ASCII capitals of
 * Finnish and Swedish names are folded in SQL with `translate`: Å, Ä and Ö match å, ä and ö on
 * every database. `strpos` rather than LIKE, so that `%` and `_` in a search are plain letters.
 */
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import { badUserInput } from "../../shared/errors.js";

export const NAME_SEARCH_MAX_LENGTH = 100;
export const NAME_SEARCH_MAX_WORDS = 5;

/** Capitals `lower()` may leave alone, and their small letters, in the same order. */
const CAPITALS = "ÅÄÖÜÉÈÁÀÂÊÍÓÚÕØÆŠŽÇÑ";
const SMALL_LETTERS = "åäöüéèáàâêíóúõøæšžçñ";
/** The two as SQL literals in the statement's text (constants without quotes), so that a statement built once needs no values for them. */
const FOLD_CAPITALS = sql.raw(`'${CAPITALS}', '${SMALL_LETTERS}'`);

/** The words to look for, folded; undefined when no search was asked for. Refuses a search that cannot be one. */
export function parseNameSearch(value: string | null | undefined, argument = "nimi"): string[] | undefined {
  if (value == null) return undefined;
  const refuse = (message: string) => badUserInput([{ path: argument, message }]);
  const text = value.normalize("NFC").trim();
  if (text.length === 0) throw refuse("must contain a name or part of one (leave it out to list everyone)");
  if (text.length > NAME_SEARCH_MAX_LENGTH) throw refuse(`must be at most ${NAME_SEARCH_MAX_LENGTH} characters`);
  if (/[\p{Cc}\p{Cf}]/u.test(text)) throw refuse("must not contain control characters");
  const words = text.toLocaleLowerCase("fi").split(/\s+/u);
  if (words.length > NAME_SEARCH_MAX_WORDS) throw refuse(`must be at most ${NAME_SEARCH_MAX_WORDS} words`);
  return words;
}

/**
 * True for a person row (`person` is its alias) whose first names, calling name or surname contain
 * every word: one placeholder a word, for a statement built once per number of words.
 */
export function namesContainEvery(person: SQL, words: readonly Placeholder[]): SQL {
  const names = sql`translate(lower(${person}.etunimet || ' ' || coalesce(${person}.kutsumanimi, '') || ' ' || ${person}.sukunimi), ${FOLD_CAPITALS})`;
  return sql.join(
    words.map((word) => sql`strpos(${names}, ${word}) > 0`),
    sql` and `,
  );
}
