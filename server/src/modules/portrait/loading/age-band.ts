/**
 * Approximate age from the stored band ('30-39', '60+'): the client table keeps a band, not a birth date, so the
 * legacy archetype's age feature reads the band's middle (open-ended bands: lower bound + 5).
 */
export function ageFromBand(band: string | null | undefined): number | null {
  if (!band) return null;
  const closed = /^(\d{1,3})\s*-\s*(\d{1,3})$/.exec(band);
  if (closed) return (Number(closed[1]) + Number(closed[2])) / 2;
  const open = /^(\d{1,3})\s*\+$/.exec(band);
  if (open) return Number(open[1]) + 5;
  return null;
}
