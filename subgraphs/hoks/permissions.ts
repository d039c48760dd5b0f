/**
 * Shield rules of the hoks subgraph. Plans are guarded as a type: a plan object can only have come
 * from a scoped data function. The types below a plan are reached only through a granted plan
 * and filtered by the data layer, so they are allowed as values; any type not listed is denied.
 */
import type { IRules } from "graphql-shield";
import { or } from "graphql-shield";
import { allow, cameThroughScope, federationRules, federationTypeRules, hasRole, isAuthenticated } from "../shared/permissions.js";

/** The feedback door (feedback/feedback-door.resolver.ts): the feedback service marks, OPH reads too. */
const isFeedbackService = hasRole("feedback");
const FEEDBACK_TYPES = ["PalauteHerate", "PalauteHerateConnection", "PalauteHerateEdge", "PalauteOhjaaja", "PalauteHerateTapahtuma", "PageInfo", "Palautekysely"] as const;

const VALUE_TYPES = [
  "Henkilo",
  "Opiskeluoikeus",
  "HankittavaAmmatTutkinnonOsa",
  "HankittavaPaikallinenTutkinnonOsa",
  "HankittavaYhteinenTutkinnonOsa",
  "YhteisenTutkinnonOsanOsaAlue",
  "AiemminHankittuAmmatTutkinnonOsa",
  "AiemminHankittuPaikallinenTutkinnonOsa",
  "AiemminHankittuYhteinenTutkinnonOsa",
  "AiemminHankitunYhteisenTutkinnonOsanOsaAlue",
  "TarkentavatTiedotOsaamisenArvioija",
  "OsaamisenHankkimistapa",
  "Edustaja",
  "TyopaikallaJarjestettavaKoulutus",
  "VastuullinenTyopaikkaOhjaaja",
  "MuuOppimisymparisto",
  "Keskeytymisajanjakso",
  "OsaamisenOsoittaminen",
  "OsaamisenOsoittamisenJarjestaja",
  "Nayttoymparisto",
  "OsaAlueKoodi",
  "ArvioijanOppilaitos",
  "KoulutuksenJarjestajaArvioija",
  "TyoelamaArvioija",
  "TyoelamaArvioijanOrganisaatio",
  "OpiskeluvalmiuksiaTukevaOpinto",
  "OppimisenTuki",
  "HankittavaKoulutuksenOsa",
  // References to curricula: keys only, made from the unit's fields as this request may see them.
  "TutkinnonOsa",
  "Peruste",
  "PaikallinenTutkinnonOsa",
] as const;

export const hoksRules: IRules = {
  Query: {
    hoks: isAuthenticated,
    hoksByOpiskeluoikeus: isAuthenticated,
    workplaceAssignments: isAuthenticated,
    palauteHerateet: or(isFeedbackService, hasRole("oph")),
    omatPalautekyselyt: hasRole("student"),
    // Public reference data (codes/): the same for every signed-in caller, nothing about a person.
    koodistonNimet: isAuthenticated,
    // Units by their codes: references for a curriculum partner to describe, nothing about a person.
    tutkinnonOsat: isAuthenticated,
    ...federationRules,
  },
  ...federationTypeRules,
  // Who may write what is decided inside the write path (write-access.ts), per study right.
  Mutation: { createHoks: isAuthenticated, replaceHoks: isAuthenticated, patchHoks: isAuthenticated, deleteHoks: isAuthenticated, validateHoks: isAuthenticated,
    luovutaPalauteHerate: isFeedbackService,
    merkitsePalauteHerateKasitellyksi: isFeedbackService,
    liitaPalautekyselylinkki: isFeedbackService,
  },
  // A write result carries only the id and revision of the plan just written; its `hoks` is read through the scope.
  HoksWriteResult: allow,
  HoksValidation: allow,
  ValidationProblem: allow,
  Hoks: cameThroughScope,
  ...Object.fromEntries(VALUE_TYPES.map((name) => [name, allow])),
  KoodinNimi: allow,
  // Reached only through the feedback door's guarded fields.
  ...Object.fromEntries(FEEDBACK_TYPES.map((name) => [name, allow])),
};
