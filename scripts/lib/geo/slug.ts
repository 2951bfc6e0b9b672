/** Kebab-case ASCII slug: "Hồ Chí Minh City" → "ho-chi-minh-city". */
export function toSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    // đ/Đ is a letter of its own, not d + a combining mark, so NFD leaves it alone.
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
