/**
 * The id of a new entry, from its name: "Casuïstiektafel Bloemhof" → "casuistiektafel-bloemhof".
 * A taken id gets -2, -3 …, because the save channels upsert by id: reusing one would overwrite
 * another entry instead of adding this one.
 */
export function newId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'item';
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${String(n)}`)) n += 1;
  return `${base}-${String(n)}`;
}
