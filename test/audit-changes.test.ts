/**
 * The changes a write's audit entry records (subgraphs/shared/audit/changes.ts): one per leaf
 * that differs, by eHOKS path, with old and new values; and the key spellings those paths use.
 */
import { describe, expect, it } from "vitest";
import { changesBetween } from "../subgraphs/shared/audit/changes.js";
import { camelToKebab, camelizeKeys, kebabToCamel } from "../subgraphs/hoks/write/json-keys.js";

describe("the changes of a write", () => {
  it("of a create: every leaf, new value only, by kebab-case path with list positions, keys in order", () => {
    const after = { urasuunnitelmaKoodiUri: "urasuunnitelma_0001", hankittavatAmmatTutkinnonOsat: [{ tutkinnonOsaKoodiUri: "tutkinnonosat_1", laajuus: 15 }], empty: null };
    expect(changesBetween(undefined, after, camelToKebab)).toEqual([
      { path: "hankittavat-ammat-tutkinnon-osat[0].laajuus", newValue: 15 },
      { path: "hankittavat-ammat-tutkinnon-osat[0].tutkinnon-osa-koodi-uri", newValue: "tutkinnonosat_1" },
      { path: "urasuunnitelma-koodi-uri", newValue: "urasuunnitelma_0001" },
    ]);
  });

  it("of an overwrite: only what differs; a missing value and null are the same; a shorter list loses its tail", () => {
    const before = { a: 1, b: "same", c: null, list: [{ x: 1 }, { x: 2 }] };
    const after = { a: 2, b: "same", list: [{ x: 1 }] };
    expect(changesBetween(before, after)).toEqual([
      { path: "a", oldValue: 1, newValue: 2 },
      { path: "list[1].x", oldValue: 2 },
    ]);
    expect(changesBetween(after, structuredClone(after))).toEqual([]);
  });

  it("compares an instant with its ISO text as equal, and values of other types by their JSON", () => {
    expect(changesBetween({ at: new Date(0) }, { at: "1970-01-01T00:00:00.000Z" })).toEqual([]);
    expect(changesBetween({ n: "1" }, { n: 1 })).toEqual([{ path: "n", oldValue: "1", newValue: 1 }]);
  });

  it("records a leaf that became an object or a list (and back) as one change of the whole value", () => {
    expect(changesBetween({ a: 1 }, { a: { b: 2 } })).toEqual([{ path: "a", oldValue: 1, newValue: { b: 2 } }]);
    expect(changesBetween({ a: [1] }, { a: "x" })).toEqual([{ path: "a", oldValue: [1], newValue: "x" }]);
  });
});

describe("key spellings", () => {
  it("convert both ways, the same however many different keys came before", () => {
    expect(kebabToCamel("tyopaikan-y-tunnus")).toBe("tyopaikanYTunnus");
    expect(camelToKebab("tyopaikanYTunnus")).toBe("tyopaikan-y-tunnus");
    for (let i = 0; i < 3000; i++) kebabToCamel(`key-number-${i}`);
    expect(kebabToCamel("key-number-2999")).toBe("keyNumber2999");
    expect(kebabToCamel("oppija-oid")).toBe("oppijaOid");
    expect(camelizeKeys({ "osa-alueet": [{ "koodi-uri": "x" }] })).toEqual({ osaAlueet: [{ koodiUri: "x" }] });
    const long = `${"a-".repeat(5000)}b`;
    expect(kebabToCamel(long)).toBe(`a${"A".repeat(4999)}B`);
    expect(kebabToCamel(long)).toBe(`a${"A".repeat(4999)}B`);
  });
});
