import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toId18 } from '../excel-damage';
import { idShape, idHasPrefix, isWellFormedId, keyPrefixOfId, repairIdCase } from './salesforce-id';

const ID15 = '0015g00000AbCdE';
const ID18 = toId18(ID15) ?? '';

describe('idShape', () => {
  it.each([
    ['a 15-character Id', ID15, 'id15'],
    ['its 18-character form', ID18, 'id18'],
    ['the 18-character form lower-cased by a tool', ID18.toLowerCase(), 'id18-case-lost'],
    ['the 18-character form upper-cased by a tool', ID18.toUpperCase(), 'id18-case-lost'],
    [
      'an 18-character Id with one letter re-cased by hand',
      `${ID15.replace('b', 'B')}${ID18.slice(15)}`,
      'bad-checksum',
    ],
    ['a suffix marking a digit as upper-case', '001000000000000AAB', 'bad-checksum'],
    ['a suffix character outside the alphabet', `${ID15}AA9`, 'bad-checksum'],
    ['16 characters', `${ID15}A`, 'wrong-length'],
    ['blank', '', 'wrong-length'],
    ['a space inside', '0015g00000AbC E', 'bad-character'],
    ['a hyphen', '0015g-0000AbCdE', 'bad-character'],
  ])('%s', (_name, value, shape) => {
    expect(idShape(value)).toBe(shape);
  });
});

const alnum = fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
const id15 = fc.array(alnum, { minLength: 15, maxLength: 15 }).map((chars) => chars.join(''));

describe('18-character Ids survive case folding', () => {
  it('toId18 of any 15-character Id is a well-formed id18', () => {
    fc.assert(fc.property(id15, (id) => idShape(toId18(id) ?? '') === 'id18'));
  });

  it('a case-folded 18-character Id is well formed and repairs to the original 15', () => {
    fc.assert(
      fc.property(id15, fc.boolean(), (id, upper) => {
        const id18 = toId18(id) ?? '';
        const folded = upper ? id18.toUpperCase() : id18.toLowerCase();
        const shape = idShape(folded);
        expect(isWellFormedId(shape)).toBe(true);
        if (shape === 'id18-case-lost') expect(repairIdCase(folded)).toBe(id);
        expect(keyPrefixOfId(folded, shape)).toBe(id.slice(0, 3));
      }),
    );
  });
});

describe('idHasPrefix', () => {
  it('compares the case-repaired prefix of a case-lost Id', () => {
    const lead = toId18('00Q5g00000AbCdE') ?? '';
    const lower = lead.toLowerCase();
    expect(idHasPrefix(lower, idShape(lower), '00Q')).toBe(true);
    expect(idHasPrefix(lead, idShape(lead), '00q')).toBe(false);
  });
});
