import { describe, expect, it } from 'vitest';
import { parseProperties, writeProperties } from './java-properties';

describe('parseProperties reads .properties like Java does', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'key=value lines',
      'Name=Name\nPhone=Phone\n',
      [
        ['Name', 'Name'],
        ['Phone', 'Phone'],
      ],
    ],
    [
      'comments and blank lines',
      '#Mapping values\n! also a comment\n\n  Name = Name  \n',
      [['Name', 'Name  ']],
    ],
    [
      'escaped separators',
      'Who\\:Contact-Email=Who\\:Contact-Email',
      [['Who:Contact-Email', 'Who:Contact-Email']],
    ],
    [
      'a colon or space as the separator',
      'Name:Name\nPhone Phone',
      [
        ['Name', 'Name'],
        ['Phone', 'Phone'],
      ],
    ],
    ['escaped spaces in a key', '"Hello\\ World"=Description', [['"Hello World"', 'Description']]],
    ['unicode escapes', 'Nom\\u00E9=Name', [['Nomé', 'Name']]],
    ['continuation lines', 'Name=First,\\\n    Second', [['Name', 'First,Second']]],
    [
      'CRLF',
      'A=B\r\nC=D\r\n',
      [
        ['A', 'B'],
        ['C', 'D'],
      ],
    ],
    [
      'a repeated key keeps the last value',
      'A=1\nB=2\nA=3',
      [
        ['B', '2'],
        ['A', '3'],
      ],
    ],
    ['an empty key', '=AnnualRevenue', [['', 'AnnualRevenue']]],
  ])('%s', (_name, text, expected) => {
    expect(parseProperties(text)).toEqual(expected);
  });
});

describe('writeProperties escapes like Properties.store', () => {
  it('escapes keys and values and round-trips', () => {
    const entries: [string, string][] = [
      ['First Name', 'FirstName'],
      ['"Acme: Inc #1"', 'Description'],
      ['Parent', 'Parent:Account-External_Id__c'],
      ['Ville', ' Zürich=\t'],
    ];
    const text = writeProperties(entries, ['Mapping values']);
    expect(text).toBe(
      '#Mapping values\nFirst\\ Name=FirstName\n"Acme\\:\\ Inc\\ \\#1"=Description\nParent=Parent\\:Account-External_Id__c\nVille=\\ Z\\u00FCrich\\=\\t\n',
    );
    expect(parseProperties(text)).toEqual(entries);
  });
});
