// ACLED's codebook as our vocabulary: its event types as layers, its sub-event types as incident types
// (each with a glyph), its actor types (inter codes, numeric or text) as sides.
// Facts: docs/research/acled-ucdp-codebooks.md §1.4–1.5.
import type { GlyphName } from '../default-vocabulary';
import type { ImportedType } from './imported-event';
import type { CodebookLayer, CodebookSide } from './codebook';
import { memoized } from './memoized';
import { SharedParts } from './shared-parts';

/** The six event types, in the codebook's order, as layers (ids appear in links: keep them). */
export const ACLED_LAYERS: readonly CodebookLayer[] = [
  { id: 'battles', name: 'Battles', colour: '#1b1b1b', mark: 'circle' },
  { id: 'explosions', name: 'Explosions/Remote violence', colour: '#d05a00', mark: 'triangle' },
  { id: 'violence_against_civilians', name: 'Violence against civilians', colour: '#a0203c', mark: 'square' },
  { id: 'protests', name: 'Protests', colour: '#0072b2', mark: 'plus' },
  { id: 'riots', name: 'Riots', colour: '#6a3d9a', mark: 'square' },
  { id: 'strategic_developments', name: 'Strategic developments', colour: '#4d4d4d', mark: 'plus' },
];

/** event_type (lower-case) → layer and the glyph of an event that has no sub-event type; older names too (codebooks of 2015 and 2017). */
const EVENT_TYPES: Readonly<Record<string, readonly [string, GlyphName]>> = {
  'battles': ['battles', 'clash'],
  'explosions/remote violence': ['explosions', 'artillery'],
  'remote violence': ['explosions', 'artillery'],
  'violence against civilians': ['violence_against_civilians', 'attack'],
  'protests': ['protests', 'talks'],
  'riots': ['riots', 'clash'],
  'riots/protests': ['protests', 'talks'],
  'strategic developments': ['strategic_developments', 'statement'],
  'strategic development': ['strategic_developments', 'statement'],
  'non-violent transfer of territory': ['strategic_developments', 'capture'],
  'headquarters or base established': ['strategic_developments', 'capture'],
};

/** sub_event_type (lower-case) → its name as the codebook writes it, and its glyph. */
const SUB_EVENT_TYPES: Readonly<Record<string, readonly [string, GlyphName]>> = {
  'armed clash': ['Armed clash', 'clash'],
  'government regains territory': ['Government regains territory', 'capture'],
  'non-state actor overtakes territory': ['Non-state actor overtakes territory', 'capture'],
  'chemical weapon': ['Chemical weapon', 'attack'],
  'air/drone strike': ['Air/drone strike', 'artillery'],
  'suicide bomb': ['Suicide bomb', 'attack'],
  'shelling/artillery/missile attack': ['Shelling/artillery/missile attack', 'artillery'],
  'remote explosive/landmine/ied': ['Remote explosive/landmine/IED', 'attack'],
  'grenade': ['Grenade', 'mortar'],
  'sexual violence': ['Sexual violence', 'attack'],
  'attack': ['Attack', 'attack'],
  'abduction/forced disappearance': ['Abduction/forced disappearance', 'arrest'],
  'peaceful protest': ['Peaceful protest', 'talks'],
  'protest with intervention': ['Protest with intervention', 'talks'],
  'excessive force against protesters': ['Excessive force against protesters', 'attack'],
  'excessive force against protestors': ['Excessive force against protesters', 'attack'],
  'violent demonstration': ['Violent demonstration', 'clash'],
  'mob violence': ['Mob violence', 'attack'],
  'agreement': ['Agreement', 'ceasefire'],
  'arrests': ['Arrests', 'arrest'],
  'change to group/activity': ['Change to group/activity', 'statement'],
  'disrupted weapons use': ['Disrupted weapons use', 'capture'],
  'headquarters or base established': ['Headquarters or base established', 'capture'],
  'looting/property destruction': ['Looting/property destruction', 'attack'],
  'non-violent transfer of territory': ['Non-violent transfer of territory', 'capture'],
  'other': ['Other', 'statement'],
};

const lower = memoized((s) => s.trim().replace(/\s+/g, ' ').toLowerCase());

/** The types read, by event_type and sub_event_type: a file repeats a few dozen pairs, each then one object. */
const typesRead = new SharedParts<ImportedType | null>(1_000);
/** The keys of a lookup in typesRead: event_type, sub_event_type. */
const typeKeys: [string, string] = ['', ''];
const readTypeOf = ([eventType, subEventType]: readonly [string, string]) => readType(eventType, subEventType);

/** The type of an event from its event_type and sub_event_type; null for an event_type the codebook does not have. */
export function acledType(eventType: string, subEventType: string): ImportedType | null {
  typeKeys[0] = eventType;
  typeKeys[1] = subEventType;
  return typesRead.part(typeKeys, readTypeOf);
}

function readType(eventType: string, subEventType: string): ImportedType | null {
  const event = EVENT_TYPES[lower(eventType)];
  if (!event) return null;
  const [layer, eventGlyph] = event;
  if (subEventType.trim() === '') return { name: eventType.trim(), glyph: eventGlyph, layer };
  // A sub-event type the tables lack is kept as written, in its event type's layer, drawn as a plain sheet.
  const [name, glyph] = SUB_EVENT_TYPES[lower(subEventType)] ?? [subEventType.trim(), 'statement'];
  return { name, glyph, layer };
}

/** The eight actor types, in the codebook's order, as sides; "not given" for a file without inter columns. */
export const ACLED_SIDES: readonly CodebookSide[] = [
  { id: 'state_forces', name: 'State forces', colour: '#0072b2' },
  { id: 'rebel_groups', name: 'Rebel groups', colour: '#d55e00' },
  { id: 'political_militias', name: 'Political militias', colour: '#cc79a7' },
  { id: 'identity_militias', name: 'Identity militias', colour: '#009e73' },
  { id: 'rioters', name: 'Rioters', colour: '#e69f00' },
  { id: 'protesters', name: 'Protesters', colour: '#56b4e9' },
  { id: 'civilians', name: 'Civilians', colour: '#7f7f7f' },
  { id: 'external_forces', name: 'External/other forces', colour: '#6a3d9a' },
  { id: 'actor_type_not_given', name: 'Actor type not given', colour: '#999999' },
];

/** inter1/inter2 as numbers (1–8) or as the text current exports write (and older names for them). */
const INTER: Readonly<Record<string, string>> = {
  '1': 'state_forces', 'state forces': 'state_forces',
  '2': 'rebel_groups', 'rebel group': 'rebel_groups', 'rebel groups': 'rebel_groups', 'rebel forces': 'rebel_groups',
  '3': 'political_militias', 'political militia': 'political_militias', 'political militias': 'political_militias', 'militia groups': 'political_militias',
  '4': 'identity_militias', 'identity militia': 'identity_militias', 'identity militias': 'identity_militias', 'communal/identity groups': 'identity_militias',
  '5': 'rioters', 'rioters': 'rioters',
  '6': 'protesters', 'protesters': 'protesters', 'protestors': 'protesters',
  '7': 'civilians', 'civilians': 'civilians',
  '8': 'external_forces', 'external/other forces': 'external_forces', 'foreign/others': 'external_forces',
};

/** The side of an inter code (case and the spaces around "/" aside); undefined for one the codebook does not have. */
export const acledSide: (inter: string) => string | undefined = memoized((inter) => INTER[lower(inter).replace(/\s*\/\s*/g, '/')]);
