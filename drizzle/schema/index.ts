export * from "./hoks.js";
export * from "./persons.js";
export * from "./persons-contract.js";
export * from "./consents.js";
export * from "./hoks-contract.js";
export * from "./consents-contract.js";
export * from "./audit.js";
export * from "./feedback.js";
