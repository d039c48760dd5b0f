/**
 * R7: a share link shows one unit and one of its periods or demonstrations, plus the student's
 * names and the degree, to any authenticated caller presenting the link, while today lies within
 * the link's validity.
 */
import { sql, type SQL } from "drizzle-orm";
import type { CallerTerms } from "./caller-terms.js";

/** SQL over the alias `l` (consents.share_link_facts): the presented link, valid today; null without one. */
export function presentedValidLink(caller: CallerTerms): SQL | null {
  if (!caller.shareLink) return null;
  return sql`(l.token_hash = ${caller.shareLinkHash} and l.voimassa_alku <= ${caller.today} and l.voimassa_loppu >= ${caller.today})`;
}
