import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeISO, LocalDate } from "../../shared/scalars.js";

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  description:
    "A personal competence development plan (HOKS): what the student will learn, how, where and when, what they already know, and their support and career goal. At most one per master study right. Callers whose access covers only part of a plan (workplace instructors and assessors, consent recipients, share-link holders, authorities) get the other fields as null and the other lists filtered.",
})
export class Hoks {
  @Field(() => ID, { description: "Server-made identifier of the plan: a positive whole number (eHOKS v1 `id`). Read it with `hoks(id:)`; it is the cache key." })
  id!: number;

  @Field(() => String, {
    nullable: true,
    description: "The plan's external identifier (eHOKS `eid`, a UUID made when the plan was created); shown to those who see the whole plan.",
  })
  eid?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "eHOKS `manuaalisyotto`: whether the plan was typed in by hand in eHOKS's own user interface (false for plans sent by systems); shown to those who see the whole plan.",
  })
  manuaalisyotto?: boolean | null;

  @Field(() => String, { description: "Person OID of the student (1.2.246.562.24.…). Shown to every caller who sees the plan at all." })
  oppijaOid!: string;

  @Field(() => String, { nullable: true, description: "OID of the study right the plan belongs to (1.2.246.562.15.…); never changes. Null to a consent recipient who is not shown the whole plan." })
  opiskeluoikeusOid!: string | null;

  @Field(() => String, { nullable: true, description: "OID of a preparatory (TUVA) study right preceding this one; null when there is none. Null to a caller who sees only part of the plan." })
  tuvaOpiskeluoikeusOid?: string | null;

  @Field(() => String, { nullable: true, description: "The student's e-mail address; null when not recorded or erased (3 months after the study right ends). Null to a caller who sees only part of the plan." })
  sahkoposti?: string | null;

  @Field(() => String, { nullable: true, description: "The student's phone number; null when not recorded or erased (3 months after the study right ends). Null to a caller who sees only part of the plan." })
  puhelinnumero?: string | null;

  @Field(() => String, { nullable: true, description: "Koodisto code URI of the career plan goal (urasuunnitelma_NNNN); null when not recorded. A consent recipient sees it when the consent covers URASUUNNITELMA; other partial readers see null." })
  urasuunnitelmaKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Koodisto version of `urasuunnitelmaKoodiUri`; null when not recorded or hidden with it." })
  urasuunnitelmaKoodiVersio?: number | null;

  @Field(() => Int, { nullable: true, description: "The sending system's own document version, stored as sent; null when not sent. Null to a caller who sees only part of the plan." })
  versio?: number | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the plan was first approved (ISO date, YYYY-MM-DD); only approved plans are stored, so it is always recorded. Null to a partial reader other than the Employment Fund." })
  ensikertainenHyvaksyminen!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: "When the current contents were approved (ISO 8601 instant, UTC); null when not recorded. Null to a partial reader other than the Employment Fund." })
  hyvaksytty?: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: "When the plan was last updated in the sending system (ISO 8601 instant, UTC); null when not sent. Null to a caller who sees only part of the plan." })
  paivitetty?: Date | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the student reached the competence of the plan (ISO date); null until then. Null to a partial reader other than the Employment Fund." })
  osaamisenSaavuttamisenPvm?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the student needs training to acquire competence; recorded on every plan. Null to a caller who sees only part of the plan." })
  osaamisenHankkimisenTarve!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: "Server version of the plan, bumped by every write; send it as `expectedRevision` (REST: If-Match) when replacing, patching or deleting. Null to a caller who sees only part of the plan.",
  })
  revision!: number | null;
}
