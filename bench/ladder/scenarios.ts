/**
 * The read scenarios of the ladder, each as the GraphQL the gateway is sent (L2, L3), the
 * subgraph requests its query plan makes (L1), and one hand-written SQL statement that returns
 * the same JSON (L0). A scenario also says who calls it: a pool of callers rotated per request.
 */
import { DEMONSTRATION, graphqlSelection, PERIOD, PLAN, PLAN_FOR_INSTRUCTOR, PLAN_SUMMARY, sqlObject, UNIT, UNIT_FOR_INSTRUCTOR } from "./selections.js";
import { BENCH_TODAY } from "./dataset.js";

export type ScenarioName = "student-plan" | "official-students" | "instructor-assignments";

export interface Caller {
  /** The claims of the token L1–L3 send. */
  claims: { sub: string; role: string; privileges?: { org: string; rights: string[] }[] };
  /** The variables of the GraphQL operation, and the parameters of L0's SQL. */
  variables: Record<string, string>;
}

export interface SubgraphStep {
  subgraph: "hoks" | "persons";
  query: string;
  /** Variables from the caller, and from the previous step's answer. */
  variables(caller: Caller, previous?: unknown): Record<string, unknown>;
}

export interface Scenario {
  name: ScenarioName;
  title: string;
  gatewayQuery: string;
  subgraphSteps: SubgraphStep[];
  /** SQL with $1… in the order of `sqlParameters`. */
  sql: string;
  sqlParameters(caller: Caller): unknown[];
}

// Child rows are found through their plan (the (hoks_id, position) indexes), as the service finds them.
const units = (unit: string) => `(select coalesce(jsonb_agg(${unit} order by u.position), '[]'::jsonb) from hoks.tutkinnon_osa u where u.hoks_id = h.id and u.section = 'hankittavatAmmatTutkinnonOsat')`;
const periodsOf = (condition = "true") =>
  `(select coalesce(jsonb_agg(${sqlObject(PERIOD, "p")} order by p.position), '[]'::jsonb) from hoks.osaamisen_hankkimistapa p where p.hoks_id = u.hoks_id and p.tutkinnon_osa_module_id = u.module_id and ${condition})`;
const demonstrationsOf = `(select coalesce(jsonb_agg(${sqlObject(DEMONSTRATION, "d")} order by d.position), '[]'::jsonb) from hoks.osaamisen_osoittaminen d where d.hoks_id = u.hoks_id and d.tutkinnon_osa_module_id = u.module_id)`;

const FULL_PLAN_SELECTION = graphqlSelection(PLAN, {
  hankittavatAmmatTutkinnonOsat: graphqlSelection(UNIT, { osaamisenHankkimistavat: graphqlSelection(PERIOD), osaamisenOsoittaminen: graphqlSelection(DEMONSTRATION) }),
});

const studentPlan: Scenario = {
  name: "student-plan",
  title: "A student reads their full plan",
  gatewayQuery: `query ($id: ID!) { hoks(id: $id) ${FULL_PLAN_SELECTION} }`,
  subgraphSteps: [{ subgraph: "hoks", query: `query ($id: ID!) { hoks(id: $id) ${FULL_PLAN_SELECTION} }`, variables: (caller) => ({ id: caller.variables.id }) }],
  // The student's own plan (R1): the id they ask for, if it is theirs.
  sql: `select jsonb_build_object('data', jsonb_build_object('hoks', (
      select ${sqlObject(PLAN, "h", { hankittavatAmmatTutkinnonOsat: units(sqlObject(UNIT, "u", { osaamisenHankkimistavat: periodsOf(), osaamisenOsoittaminen: demonstrationsOf })) })}
      from hoks.hoks h where h.id = $1::int and h.oppija_oid = $2 and h.deleted_at is null))) as body`,
  sqlParameters: (caller) => [caller.variables.id, caller.claims.sub],
};

const OPEN_WINDOW = `p.vastuullinen_ohjaaja_oid = $1 and '${BENCH_TODAY}'::date <= p.loppu + 90`;
const INSTRUCTOR_PLAN_SELECTION = graphqlSelection(PLAN_FOR_INSTRUCTOR, {
  hankittavatAmmatTutkinnonOsat: graphqlSelection(UNIT_FOR_INSTRUCTOR, { osaamisenHankkimistavat: graphqlSelection(PERIOD) }),
});

const instructorAssignments: Scenario = {
  name: "instructor-assignments",
  title: "A workplace instructor reads their assignments",
  gatewayQuery: `{ workplaceAssignments ${INSTRUCTOR_PLAN_SELECTION} }`,
  subgraphSteps: [{ subgraph: "hoks", query: `{ workplaceAssignments ${INSTRUCTOR_PLAN_SELECTION} }`, variables: () => ({}) }],
  // R4: the plans naming the instructor on a period whose window is open; in each, the units
  // holding such a period, and of them those periods only.
  sql: `select jsonb_build_object('data', jsonb_build_object('workplaceAssignments', coalesce(jsonb_agg(plan order by id), '[]'::jsonb))) as body from (
      select h.id, ${sqlObject(PLAN_FOR_INSTRUCTOR, "h", {
        hankittavatAmmatTutkinnonOsat: `(select coalesce(jsonb_agg(${sqlObject(UNIT_FOR_INSTRUCTOR, "u", { osaamisenHankkimistavat: periodsOf(OPEN_WINDOW) })} order by u.position), '[]'::jsonb)
          from hoks.tutkinnon_osa u where u.hoks_id = h.id and u.section = 'hankittavatAmmatTutkinnonOsat'
          and exists (select 1 from hoks.osaamisen_hankkimistapa p where p.hoks_id = u.hoks_id and p.tutkinnon_osa_module_id = u.module_id and ${OPEN_WINDOW}))`,
      })} as plan
      from hoks.hoks h where h.deleted_at is null
        and h.id in (select p.hoks_id from hoks.osaamisen_hankkimistapa p where ${OPEN_WINDOW})) plans`,
  sqlParameters: (caller) => [caller.claims.sub],
};

const SUMMARY = graphqlSelection(PLAN_SUMMARY);
const STUDENTS_QUERY = `query ($after: ID) { opiskelijat(first: 50, after: $after) { oid etunimet sukunimi hoksit ${SUMMARY} } }`;

const officialStudents: Scenario = {
  name: "official-students",
  title: "An official lists 50 students with their plan summaries",
  gatewayQuery: STUDENTS_QUERY,
  subgraphSteps: [
    { subgraph: "persons", query: `query ($after: ID) { opiskelijat(first: 50, after: $after) { oid etunimet sukunimi } }`, variables: (caller) => ({ after: caller.variables.after }) },
    {
      subgraph: "hoks",
      query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Henkilo { hoksit ${SUMMARY} } } }`,
      variables: (_caller, previous) => ({
        representations: ((previous as { data?: { opiskelijat?: { oid: string }[] } })?.data?.opiskelijat ?? []).map((s) => ({ __typename: "Henkilo", oid: s.oid })),
      }),
    },
  ],
  // R2(a) and (c): the official's read covers the institution of the plan's study right, or of an
  // active study right of the student while the plan's own is running or ended < 5 years ago.
  sql: `with recursive covered(oid) as (
        select oid from persons.organisaatio where oid = $1
        union select o.oid from persons.organisaatio o join covered c on o.parent_oid = c.oid),
      page as (select distinct o.oppija_oid from persons.opiskeluoikeus o
        where o.oppilaitos_oid in (select oid from covered) and o.oppija_oid > $2 order by 1 limit 50)
      select jsonb_build_object('data', jsonb_build_object('opiskelijat', coalesce(jsonb_agg(jsonb_build_object(
        'oid', s.oid, 'etunimet', s.etunimet, 'sukunimi', s.sukunimi,
        'hoksit', (select coalesce(jsonb_agg(${sqlObject(PLAN_SUMMARY, "h")} order by h.id), '[]'::jsonb)
          from hoks.hoks h join persons.opiskeluoikeus so on so.oid = h.opiskeluoikeus_oid
          where h.oppija_oid = s.oid and h.deleted_at is null and (so.oppilaitos_oid in (select oid from covered) or (
            so.alkamispaiva <= '${BENCH_TODAY}' and (so.paattymispaiva is null or so.paattymispaiva > '${BENCH_TODAY}'::date - interval '5 years')
            and exists (select 1 from persons.opiskeluoikeus a where a.oppija_oid = s.oid and a.oppilaitos_oid in (select oid from covered)
              and a.alkamispaiva <= '${BENCH_TODAY}' and (a.paattymispaiva is null or a.paattymispaiva >= '${BENCH_TODAY}')))))
        ) order by s.oid), '[]'::jsonb))) as body
      from persons.henkilo s join page on page.oppija_oid = s.oid`,
  sqlParameters: (caller) => [caller.claims.privileges![0]!.org, caller.variables.after ?? ""],
};

export const SCENARIOS: Scenario[] = [studentPlan, officialStudents, instructorAssignments];
