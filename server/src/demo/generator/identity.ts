import type { Rng } from './prng.js';

/** GB 11643-1999 weights for the first 17 digits of a resident ID number (ISO 7064 MOD 11-2). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '0';
}

/** Administrative division codes of a few districts (GB/T 2260) for plausible fake IDs. */
const AREA_CODES = ['110105', '110108', '310115', '310104', '440305', '440106', '330106', '320102', '510107', '420106', '370102', '500103'];

/** A well-formed (check digit correct) but fake ID number; the sequence digit's parity encodes gender. */
export function fakeIdNumber(rng: Rng, birth: Date, gender: 'male' | 'female'): string {
  const y = birth.getUTCFullYear();
  const m = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const d = String(birth.getUTCDate()).padStart(2, '0');
  const seq = rng.int(0, 49) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `${rng.pick(AREA_CODES)}${y}${m}${d}${String(rng.int(0, 9))}${String(seq).padStart(2, '0')}`;
  return first17 + idCheckDigit(first17);
}

const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '176', '177', '180', '181', '182', '185', '186', '187', '188', '189', '191', '198', '199'];

/** 11-digit mainland mobile number matching 1[3-9]\d{9}. */
export function fakeMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
