/**
 * Finding the parts of a workbook through its relationships, as Excel does: the root `_rels/.rels`
 * names the workbook part, the workbook's own rels name each sheet and the shared strings. Targets
 * may be relative (`worksheets/sheet1.xml`) or absolute (`/xl/worksheets/sheet1.xml`).
 */
import { walkXml } from './walkXml';

/** One relationship: its type's last path segment (`worksheet`, `sharedStrings`) and the part. */
export type Relationship = { kind: string; part: string };

/** The rels part that describes a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Reads a rels part into relationships by id, resolving each internal target against the folder of
 * the part it belongs to (`source`); external targets (hyperlinks, linked files) are left out.
 */
export function readRelationships(bytes: Uint8Array, source: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  walkXml(bytes, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const { Id: id, Type: type, Target: target } = attributes;
      if (!id || !type || target === undefined) return;
      const kind = type.slice(type.lastIndexOf('/') + 1);
      relationships.set(id, { kind, part: resolvePartName(source, target) });
    },
  });
  return relationships;
}

/** Resolves a relationship target to a zip entry name (no leading slash, dot segments applied). */
export function resolvePartName(source: string, target: string): string {
  const decoded = safeDecode(target.replace(/\\/g, '/'));
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
