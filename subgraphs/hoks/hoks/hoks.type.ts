import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeISO, LocalDate } from "../../shared/scalars.js";

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A personal competence development plan (HOKS): what the student will learn, how, where and when, what they already know, and their support and career goal. At most one per master study right. Callers whose access covers only part of a plan (workplace instructors and assessors, consent recipients, share-link holders, authorities) get the other fields as null and the other lists filtered.",
})
export class Hoks {
  @Field(() => ID, { description: "Server-made identifier of the plan." })
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

  @Field(() => String, { description: "Person OID of the student." })
  oppijaOid!: string;

  @Field(() => String, { nullable: true, description: "OID of the study right the plan belongs to; never changes." })
  opiskeluoikeusOid!: string | null;

  @Field(() => String, { nullable: true, description: "OID of a preparatory (TUVA) study right preceding this one." })
  tuvaOpiskeluoikeusOid?: string | null;

  @Field(() => String, { nullable: true, description: "The student's e-mail address." })
  sahkoposti?: string | null;

  @Field(() => String, { nullable: true, description: "The student's phone number." })
  puhelinnumero?: string | null;

  @Field(() => String, { nullable: true, description: "Code URI of the career plan goal (urasuunnitelma_NNNN)." })
  urasuunnitelmaKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Version of the career plan code." })
  urasuunnitelmaKoodiVersio?: number | null;

  @Field(() => Int, { nullable: true, description: "The sending system's own document version, stored as sent." })
  versio?: number | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the plan was first approved; only approved plans are stored." })
  ensikertainenHyvaksyminen!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: "When the current contents were approved." })
  hyvaksytty?: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: "When the plan was last updated in the sending system." })
  paivitetty?: Date | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the student reached the competence of the plan." })
  osaamisenSaavuttamisenPvm?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the student needs training to acquire competence." })
  osaamisenHankkimisenTarve!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: "Server version of the plan, bumped by every write; send it back as the expected version when replacing or patching.",
  })
  revision!: number | null;
}
