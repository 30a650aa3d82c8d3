import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { looksLikeExcelNumber, usccCheckCharacter, usccProblem } from '../../server/import/uscc.js';

describe('USCC (GB 32100-2015)', () => {
  it('accepts codes whose 18th character is the right check character', () => {
    // 91110108551385082Q: Σ value×weight over the first 17 = 999; 999 mod 31 = 7; 31 − 7 = 24 → 'Q'.
    // 91370211MA3C2H4X4W (a made-up code): Σ = 2700; 2700 mod 31 = 3; 31 − 3 = 28 → 'W'.
    for (const code of ['91440300708461136T', '91110108551385082Q', '91370200163562681G', '91370211MA3C2H4X4W']) assert.equal(usccProblem(code), null, code);
  });

  it('computes the check character of the first 17 characters', () => {
    assert.equal(usccCheckCharacter('91370211MA3C2H4X4'), 'W');
    assert.equal(usccCheckCharacter('91110108551385082'), 'Q');
    assert.equal(usccCheckCharacter('91370211MA3EXK7N2'), '5');
    assert.equal(usccCheckCharacter('9137021IMA3C2H4X4'), null);
  });

  it('names what is wrong: length, a character outside the alphabet, the check character', () => {
    assert.deepEqual(usccProblem('91370211MA3C2H4X4K'), { problem: 'check', expected: 'W' });
    assert.deepEqual(usccProblem('91370211MA3C2H4X4'), { problem: 'length' });
    assert.deepEqual(usccProblem('91370211MA3C2H4XOW'), { problem: 'charset', character: 'O' });
    assert.deepEqual(usccProblem('91370211MA3C2H4XSW'), { problem: 'charset', character: 'S' });
  });

  it('recognises codes that Excel turned into numbers', () => {
    assert.equal(looksLikeExcelNumber('9.13702E+17'), true);
    assert.equal(looksLikeExcelNumber('9.13702e+17'), true);
    assert.equal(looksLikeExcelNumber('912118065E39941271'), false);
    assert.equal(looksLikeExcelNumber('913702116356302'), true);
    assert.equal(looksLikeExcelNumber('913702116356302000'), true);
    assert.equal(looksLikeExcelNumber('91370211MA3C2H4X4W'), false);
    assert.equal(looksLikeExcelNumber('91370211MA3C2H4X4'), false);
  });
});
