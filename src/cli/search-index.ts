// Full-text search with Pagefind: index the built pages in place.
import * as pagefind from 'pagefind';

export async function indexSite(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Zoekindex maken is mislukt: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(`Zoekindex maken is mislukt: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Zoekindex schrijven is mislukt: ${written.errors.join('; ')}`);
  await pagefind.close();
}
