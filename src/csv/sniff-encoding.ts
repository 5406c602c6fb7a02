import { detectBom, ENCODING_LABELS, type SupportedEncoding } from './encodings';
import { findInvalidUtf8, type InvalidByteSequence } from './text-bytes';

export type Confidence = 'certain' | 'high' | 'medium' | 'low';

export interface EncodingCandidate {
  encoding: SupportedEncoding;
  confidence: Confidence;
  /** 0..1: how well the bytes read as text in this encoding. */
  score: number;
  evidence: string[];
}

export interface EncodingGuess {
  encoding: SupportedEncoding;
  /** BOM bytes at the start of the file (removed by the decoder). */
  bomLength: number;
  confidence: Confidence;
  /** True when the user must confirm the encoding before anything is decoded for real. */
  needsConfirmation: boolean;
  evidence: string[];
  /** Ranked alternatives, best first (includes the guess itself). */
  candidates: EncodingCandidate[];
  /** Invalid UTF-8 sequences in the sample, when there are any (at most a few). */
  invalidUtf8: InvalidByteSequence[];
}

const MAX_INVALID_REPORTED = 5;
/** Share of NULs on one byte parity (and almost none on the other) that marks BOM-less UTF-16. */
const UTF16_NUL_SHARE = 0.3;
const UTF16_OTHER_NUL_SHARE = 0.05;
/** Scores at or above this make a legacy-encoding guess "high" when the runner-up is far behind. */
const STRONG_SCORE = 0.8;
const WEAK_RUNNER_UP = 0.3;
/** Bytes that Windows-1252 leaves undefined: real Western text never has them. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const LETTER = /\p{L}/u;
const ASCII_LETTER = /[A-Za-z]/;
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;

export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul / pairs >= UTF16_NUL_SHARE && evenNul / pairs <= UTF16_OTHER_NUL_SHARE)
    return 'utf-16le';
  if (evenNul / pairs >= UTF16_NUL_SHARE && oddNul / pairs <= UTF16_OTHER_NUL_SHARE)
    return 'utf-16be';
  return null;
}

function decodeOrNull(
  bytes: Uint8Array,
  encoding: SupportedEncoding,
  truncated: boolean,
): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: truncated });
  } catch {
    return null;
  }
}

/** Western text: non-ASCII characters are letters sitting next to ASCII letters (café, Müller). */
function scoreWindows1252(bytes: Uint8Array): EncodingCandidate {
  const undefinedBytes = bytes.filter((b) => CP1252_UNDEFINED.has(b)).length;
  const text = new TextDecoder('windows-1252').decode(bytes);
  let nonAscii = 0;
  let inWords = 0;
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    if (ch.charCodeAt(0) < 0x80) return;
    nonAscii++;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (LETTER.test(ch) && (ASCII_LETTER.test(before) || ASCII_LETTER.test(after))) inWords++;
  });
  const score = undefinedBytes > 0 || nonAscii === 0 ? 0 : inWords / nonAscii;
  const evidence = [
    `${inWords} of ${nonAscii} non-ASCII characters read as accented letters inside words`,
    ...(undefinedBytes > 0 ? [`${undefinedBytes} bytes that Windows-1252 does not define`] : []),
  ];
  return { encoding: 'windows-1252', confidence: 'low', score, evidence };
}

/** Japanese text: valid Shift_JIS whose characters are kana, or kanji in runs. */
function scoreShiftJis(bytes: Uint8Array, truncated: boolean): EncodingCandidate {
  const text = decodeOrNull(bytes, 'shift_jis', truncated);
  if (text === null) {
    return {
      encoding: 'shift_jis',
      confidence: 'low',
      score: 0,
      evidence: ['the bytes are not valid Shift_JIS'],
    };
  }
  let nonAscii = 0;
  let japanese = 0;
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    if (ch.charCodeAt(0) < 0x80) return;
    nonAscii++;
    const inRun = JAPANESE.test(chars[i - 1] ?? '') || JAPANESE.test(chars[i + 1] ?? '');
    if (KANA.test(ch) || (JAPANESE.test(ch) && inRun)) japanese++;
  });
  const score = nonAscii === 0 ? 0 : japanese / nonAscii;
  return {
    encoding: 'shift_jis',
    confidence: 'low',
    score,
    evidence: [
      `valid Shift_JIS; ${japanese} of ${nonAscii} non-ASCII characters read as Japanese text`,
    ],
  };
}

function rankLegacy(bytes: Uint8Array, truncated: boolean): EncodingCandidate[] {
  const ranked = [scoreWindows1252(bytes), scoreShiftJis(bytes, truncated)].sort(
    (a, b) => b.score - a.score,
  );
  const [best, runnerUp] = ranked;
  if (best && runnerUp) {
    best.confidence =
      best.score >= STRONG_SCORE && runnerUp.score <= WEAK_RUNNER_UP
        ? 'high'
        : best.score > runnerUp.score
          ? 'medium'
          : 'low';
    runnerUp.confidence = 'low';
  }
  return ranked;
}

function countNonAscii(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b >= 0x80) n++;
  return n;
}

/**
 * Guesses the encoding of the first bytes of a file. `truncated` says the bytes are a sample of
 * a longer file. Invalid UTF-8 is never decoded as UTF-8: the guess then names a legacy encoding
 * and asks for confirmation.
 */
export function guessEncoding(bytes: Uint8Array, options: { truncated: boolean }): EncodingGuess {
  const bom = detectBom(bytes);
  if (bom !== null) {
    const evidence = [`the file starts with the ${ENCODING_LABELS[bom.encoding]} byte order mark`];
    const candidate: EncodingCandidate = {
      encoding: bom.encoding,
      confidence: 'certain',
      score: 1,
      evidence,
    };
    return {
      encoding: bom.encoding,
      bomLength: bom.length,
      confidence: 'certain',
      needsConfirmation: false,
      evidence,
      candidates: [candidate],
      invalidUtf8: [],
    };
  }
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16 !== null) {
    const evidence = [
      `every other byte is NUL, the pattern of ${ENCODING_LABELS[utf16]} text without a byte order mark`,
    ];
    const candidate: EncodingCandidate = {
      encoding: utf16,
      confidence: 'medium',
      score: 0.7,
      evidence,
    };
    return {
      encoding: utf16,
      bomLength: 0,
      confidence: 'medium',
      needsConfirmation: true,
      evidence,
      candidates: [candidate],
      invalidUtf8: [],
    };
  }
  const invalidUtf8 = findInvalidUtf8(bytes, {
    truncated: options.truncated,
    maxReports: MAX_INVALID_REPORTED,
  });
  if (invalidUtf8.length === 0) {
    const nonAscii = countNonAscii(bytes);
    const evidence =
      nonAscii === 0
        ? [
            `only ASCII characters in the first ${bytes.length} bytes, which read the same in UTF-8 and Windows-1252`,
          ]
        : [`${nonAscii} bytes of multi-byte UTF-8 characters, all valid`];
    const confidence: Confidence = nonAscii === 0 ? 'high' : 'certain';
    const candidate: EncodingCandidate = { encoding: 'utf-8', confidence, score: 1, evidence };
    return {
      encoding: 'utf-8',
      bomLength: 0,
      confidence,
      needsConfirmation: false,
      evidence,
      candidates: [candidate],
      invalidUtf8,
    };
  }
  const first = invalidUtf8[0];
  const notUtf8 = `not UTF-8: invalid byte sequence ${first?.hex ?? ''} at byte ${first?.offset ?? 0}`;
  const ranked = rankLegacy(bytes, options.truncated);
  const best = ranked[0] ?? scoreWindows1252(bytes);
  const utf8Candidate: EncodingCandidate = {
    encoding: 'utf-8',
    confidence: 'low',
    score: 0,
    evidence: [notUtf8],
  };
  return {
    encoding: best.encoding,
    bomLength: 0,
    confidence: best.confidence,
    needsConfirmation: true,
    evidence: [notUtf8, ...best.evidence],
    candidates: [...ranked, utf8Candidate],
    invalidUtf8,
  };
}
