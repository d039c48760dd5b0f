/**
 * `virhekoodit`: the error-code catalogue as a query. Composition keeps only types that a field
 * reaches, so the documentation-only `ErrorCode` enum needs one field to stay in the schema; this
 * one also lets a client list the codes at run time. It reads no one's data.
 */
import { Query, Resolver } from "type-graphql";
import { ERROR_CODE_NAMES, type ErrorCodeName } from "../../shared/error-codes.js";
import { ErrorCode } from "../../shared/error-code.type.js";

@Resolver()
export class VirhekoodiResolver {
  @Query(() => [ErrorCode], {
    description: "The codes errors may carry in `extensions.code`, each described in the `ErrorCode` enum (meaning, HTTP status, what to do). Reads no one's data.",
  })
  virhekoodit(): ErrorCodeName[] {
    return ERROR_CODE_NAMES;
  }
}
