/** Ready-made identities for each demo role, over the example world's persons and organisations. */
import type { EhoksClaims } from "../../subgraphs/shared/auth/principal.js";

export const OIDS = {
  aino: "1.2.246.562.24.55500012349",
  bertta: "1.2.246.562.24.55500012352",
  ville: "1.2.246.562.24.55500012365",
  kaisa: "1.2.246.562.24.55500012378",
  otto: "1.2.246.562.24.55500012381",
  liisa: "1.2.246.562.24.55500012394",
  /** The feedback showcase's student (demo-feedback-students.ts). */
  sanni: "1.2.246.562.24.55500019009",
  opiskeluoikeusRantala: "1.2.246.562.15.55500012343",
  rantala: "1.2.246.562.10.55500012343",
  harju: "1.2.246.562.10.55500012376",
  oph: "1.2.246.562.10.00000000001",
} as const;

/** The consent recipient's business (Y-tunnus, valid check digit) that Aino's seeded consent names. */
export const DEMO_RECIPIENT_YTUNNUS = "2938475-7";

/**
 * The secret of the seeded share link to Aino's demonstration. Demo data only: the store keeps its
 * SHA-256, like any link's, and a real link's secret is random and shown once.
 */
export const DEMO_SHARE_LINK_TOKEN = "demo-share-link-aino-naytto-2026";

export interface DemoRole {
  description: string;
  claims: EhoksClaims;
  /** Request headers the role sends beside its token (the share-link holder's `x-share-link`). */
  headers?: Record<string, string>;
}

export const DEMO_ROLES: Record<string, DemoRole> = {
  aino: { description: "student Aino Aaltonen (R1)", claims: { sub: OIDS.aino, role: "student", name: "Aino Aaltonen" } },
  bertta: { description: "student Bertta Berg (R1)", claims: { sub: OIDS.bertta, role: "student", name: "Bertta Berg" } },
  sanni: {
    description: "student Sanni Salo, whose start-of-studies feedback survey is open (R1)",
    claims: { sub: OIDS.sanni, role: "student", name: "Sanni Salo" },
  },
  liisa: {
    description: "official Liisa Lehto at Rantala (R2)",
    claims: {
      sub: OIDS.liisa,
      role: "official",
      name: "Liisa Lehto",
      privileges: [{ org: OIDS.rantala, rights: ["read", "write", "update", "delete"] }],
    },
  },
  harju: {
    description: "official at Harju, which trains Aino under procurement (R2b)",
    claims: { sub: "1.2.246.562.24.55500012420", role: "official", name: "Harju official", privileges: [{ org: OIDS.harju, rights: ["read", "write", "update"] }] },
  },
  ville: { description: "workplace instructor Ville Virta (R4)", claims: { sub: OIDS.ville, role: "workplace", name: "Ville Virta" } },
  kaisa: { description: "workplace instructor Kaisa Koski (R4)", claims: { sub: OIDS.kaisa, role: "workplace", name: "Kaisa Koski" } },
  otto: { description: "working-life assessor Otto Ojala (R5)", claims: { sub: OIDS.otto, role: "workplace", name: "Otto Ojala" } },
  rantalasystem: {
    description: "Rantala's study administration system (R3)",
    claims: { sub: "rantala-sis", role: "service", privileges: [{ org: OIDS.rantala, rights: ["read", "write", "update", "delete"] }] },
  },
  tyollisyysrahasto: {
    description: "the Employment Fund, an authority with a legal basis (R8)",
    claims: { sub: "1.2.246.562.24.55500012433", role: "authority", basis: "tyollisyysrahasto", name: "Työllisyysrahasto" },
  },
  tyonantaja: {
    description: `a recruiter at Työnantaja Oy (${DEMO_RECIPIENT_YTUNNUS}), to whom Aino consented to show her career plan and one unit (R6)`,
    claims: { sub: "1.2.246.562.24.55500012446", role: "workplace", ytunnus: DEMO_RECIPIENT_YTUNNUS, name: "Työnantaja Oy" },
  },
  jaana: {
    description: "Jaana Jokinen, who holds Aino's share link to one demonstration, sent in the x-share-link header (R7)",
    claims: { sub: "1.2.246.562.24.55500012459", role: "workplace", name: "Jaana Jokinen" },
    headers: { "x-share-link": DEMO_SHARE_LINK_TOKEN },
  },
  palautepalvelu: {
    description: "the national feedback service, reading and marking feedback triggers",
    claims: { sub: "palautepalvelu", role: "feedback", name: "Palautepalvelu" },
  },
  oph: {
    description: "OPH administrator (R9)",
    claims: { sub: "1.2.246.562.24.00000000001", role: "oph", name: "OPH admin", privileges: [{ org: OIDS.oph, rights: ["read", "write", "update", "delete"] }] },
  },
};
