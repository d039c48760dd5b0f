/** Who calls each scenario: a pool drawn from the dataset, rotated per request. */
import postgres from "postgres";
import { BENCH_TODAY, datasetOids } from "./dataset.js";
import type { Caller, ScenarioName } from "./scenarios.js";

const POOL = 500;

export async function callerPools(url: string): Promise<Record<ScenarioName, Caller[]>> {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const plans = await db`select id::text as id, oppija_oid from hoks.hoks order by md5(id::text) limit ${POOL}`;
    const students = await db`select oid from persons.henkilo order by md5(oid) limit ${POOL}`;
    const instructors = await db`select distinct vastuullinen_ohjaaja_oid as oid from hoks.osaamisen_hankkimistapa
      where vastuullinen_ohjaaja_oid is not null and ${BENCH_TODAY}::date <= loppu + 90 limit ${POOL}`;
    return {
      "student-plan": plans.map((p) => ({ claims: { sub: p.oppija_oid, role: "student" }, variables: { id: p.id } })),
      // The official of the largest provider, paging from a different student each time.
      "official-students": students.map((s) => ({
        claims: { sub: "1.2.246.562.24.10000000001", role: "official", privileges: [{ org: datasetOids.provider(0), rights: ["read"] }] },
        variables: { after: s.oid },
      })),
      "instructor-assignments": instructors.map((i) => ({ claims: { sub: i.oid, role: "workplace" }, variables: {} })),
    };
  } finally {
    await db.end({ timeout: 5 });
  }
}
