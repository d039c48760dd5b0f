export * from "./hoks.js";
export * from "./persons.js";
export * from "./persons-contract.js";
export * from "./consents.js";
