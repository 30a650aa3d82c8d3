/**
 * The top menu's selected item for a path: the section's own item, 'home' on the home page, and
 * none on pages that are no menu item's (a chain map, an enterprise and its network): those are
 * reached from the home page or a search, and highlighting 首页 there would say they are it.
 */
export function selectedNavKeys(pathname: string, keys: readonly string[]): string[] {
  const section = pathname.split('/')[1] ?? '';
  if (section === '') return keys.includes('home') ? ['home'] : [];
  return keys.includes(section) ? [section] : [];
}
