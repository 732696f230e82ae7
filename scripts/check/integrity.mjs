// (e) Integrity rules across entries (src/lib/integrity.ts): prerequisite cycles, week numbering,
// dates inside a plan's period. The build applies the same rules in getAtlas(); here they run on
// their own, so they are reported even when something else stops the build.
import { fieldLine, where } from '../lib/content-files.mjs';
import { importProjectModule } from '../lib/load-ts.mjs';
import { loadModel } from './model.mjs';

export async function checkIntegrityRules(root) {
  const { entries } = await loadModel(root);
  const { checkIntegrity } = await importProjectModule(root, 'src/lib/integrity.ts');
  const content = { plans: usable(entries, 'plans'), weeks: usable(entries, 'weeks'), projects: usable(entries, 'projects') };
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const problems = checkIntegrity(content).map(({ file, field, message }) => {
    const entry = byFile.get(file);
    const line = entry ? fieldLine(entry, [field.split(/[.[]/)[0]]) : undefined;
    return `${where(file, line)}: ${field}: ${message}`;
  });
  return { problems };
}

const ids = (value) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string').map((id) => ({ id })) : []);

/**
 * Entries of a collection as the rules need them. An entry that failed its schema (reported by the
 * content check) still counts with the fields the rules can trust, so a week with a bad date does
 * not also show up as a gap in its plan's numbering.
 */
function usable(entries, collection) {
  return entries
    .filter((e) => e.collection === collection)
    .flatMap((e) => {
      if (e.parsed) return [{ id: e.id, filePath: e.file, data: e.parsed }];
      const raw = e.data ?? {};
      if (collection === 'weeks') {
        return typeof raw.plan === 'string' && Number.isInteger(raw.number) ? [{ id: e.id, filePath: e.file, data: { plan: { id: raw.plan }, number: raw.number } }] : [];
      }
      if (collection === 'projects') return [{ id: e.id, filePath: e.file, data: { prerequisites: ids(raw.prerequisites) } }];
      return [{ id: e.id, filePath: e.file, data: { milestones: [] } }];
    });
}
