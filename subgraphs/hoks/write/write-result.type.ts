import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Hoks } from "../hoks/hoks.type.js";

@ObjectType({ description: "The outcome of a write: the plan's id and new revision, and the plan as the caller may read it." })
export class HoksWriteResult {
  @Field(() => ID, { description: "Id of the plan written." })
  id!: number;

  @Field(() => Int, { description: "The plan's revision after the write: send it as `expectedRevision` next time." })
  revision!: number;

  @Field(() => Hoks, { nullable: true, description: "The plan after the write, as far as the caller may read it (null after a delete)." })
  hoks?: Hoks | null;
}

@ObjectType({ description: "A problem in a plan document, at the path of the bad field (eHOKS JSON keys joined with dots)." })
export class ValidationProblem {
  @Field(() => String, { description: "Path of the bad field, e.g. hankittavat-ammat-tutkinnon-osat.0.osaamisen-hankkimistavat.1." })
  path!: string;

  @Field(() => String, { description: "What is wrong." })
  message!: string;
}

@ObjectType({ description: "The result of a dry run: whether the write would pass validation, and every problem." })
export class HoksValidation {
  @Field(() => Boolean, { description: "True when there are no problems." })
  valid!: boolean;

  @Field(() => [ValidationProblem], { description: "Every problem found." })
  problems!: ValidationProblem[];
}

export enum WriteKindEnum {
  CREATE = "create",
  REPLACE = "replace",
  PATCH = "patch",
}

registerEnumType(WriteKindEnum, {
  name: "HoksWriteKind",
  description: "Which write a dry run validates for.",
  valuesConfig: {
    CREATE: { description: "A new plan (`createHoks`): every required field must be there." },
    REPLACE: { description: "A whole plan replacing a stored one (`replaceHoks`): give the plan's `id`." },
    PATCH: { description: "Top-level fields of a stored plan (`patchHoks`): give the plan's `id`; lists are refused." },
  },
});
