/*
 * Initials avatars for people without a photo (most external contacts as the server sees them):
 * the surname character on a calm colour that stays the same for the same name on every screen.
 */

/** Muted tones that keep white text readable (contrast ≥ 3:1 for the large avatar glyph). */
export const AVATAR_TONES = ['#4a78b5', '#3f8f88', '#6f66a8', '#a8724a', '#5a8a5d', '#a0637a', '#5c7585', '#3d82c4'] as const;

const FALLBACK_INITIAL = '客';

/** The first character of the name: the surname in Chinese, an upper-case letter otherwise. */
export function avatarInitial(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? first.toUpperCase() : FALLBACK_INITIAL;
}

/** A stable tone per name (string hash, as Java's String.hashCode), so a client keeps one colour. */
export function avatarTone(name: string): string {
  let hash = 0;
  for (const char of name.trim()) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0;
  return AVATAR_TONES[Math.abs(hash) % AVATAR_TONES.length] ?? AVATAR_TONES[0];
}
