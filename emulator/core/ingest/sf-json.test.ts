import { describe, expect, it } from 'vitest';
import { JsonDouble, toSfJson } from './sf-json';

describe('toSfJson', () => {
  const value = {
    id: '750x',
    apiVersion: new JsonDouble(62),
    n: 3,
    ok: true,
    none: null,
    list: [{ a: 1 }],
    empty: [],
  };

  it('writes compact JSON with doubles kept as doubles', () => {
    expect(toSfJson(value)).toBe(
      '{"id":"750x","apiVersion":62.0,"n":3,"ok":true,"none":null,"list":[{"a":1}],"empty":[]}',
    );
  });

  it("writes Jackson's pretty layout for X-PrettyPrint", () => {
    expect(
      toSfJson({ id: '750x', apiVersion: new JsonDouble(60), list: [{ a: 1 }], empty: [] }, true),
    ).toBe(
      '{\n  "id" : "750x",\n  "apiVersion" : 60.0,\n  "list" : [ {\n    "a" : 1\n  } ],\n  "empty" : [ ]\n}',
    );
  });
});
