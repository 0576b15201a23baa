// The words of the parts that load on demand (dialogs, story, legend, About, problems, popups) in
// English; they travel with those parts, not in the first-load bundle.
import type { ClaimParts } from '../core/claims';
import type { DefaultLayer } from '../core/default-vocabulary';
import { LINK_WORDS_EN } from '../core/link-words';
import { pickForm, plural, type PluralForms } from '../core/plural';
import type { SourceKind } from '../core/source-kinds';
import type { Confidence, PlaceScope, SiteKind } from '../core/types';

const QUALIFIERS: Record<ClaimParts['qualifier'], string> = { exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ' };
const KINDS: Record<ClaimParts['kind'], string> = {
  killed: 'killed', wounded: 'wounded', killed_or_wounded: 'killed or wounded', captured: 'captured', surrendered: 'surrendered',
  released: 'released',
};
const SIDES: Record<ClaimParts['side'], PluralForms> = {
  kurdish: { other: 'Kurdish forces' },
  government: { other: 'government side' },
  civilian: { one: 'civilian', other: 'civilians' },
  other: { one: 'person', other: 'people' },
};

export const moreEn = {
  // The timeline's range controls.
  rangeMenu: 'Range',
  rangeChoices: 'Quick ranges',
  rangeThisDay: 'This day',
  rangeFromStart: 'From the start',
  rangeLast6: 'Last 6 hours',
  rangeLast24: 'Last 24 hours',
  rangeClear: 'Clear range',
  rangeStartHandle: 'Range start',
  rangeEndHandle: 'Range end',
  problemsInChosenData: (n: string, count: number) => plural(count, 'en', {
    one: `${n} problem in the chosen data`, other: `${n} problems in the chosen data`,
  }),
  // The map's incident marks drawn on canvas, as the keyboard and screen readers reach them.
  mapMarks: (n: string, count: number) => plural(count, 'en', {
    one: `${n} incident on the map; arrow keys move between marks, Enter opens one`,
    other: `${n} incidents on the map; arrow keys move between marks, Enter opens one`,
  }),
  legendHeldBy: 'Held by',
  legendIncidents: 'Incidents',
  legendSites: 'Sites',
  legendContested: 'Hatched: contested',
  legendRecent: 'Thick outline: changed hands in the last 6 hours',
  legendSchematic: 'Dashed outline: schematic or approximate shape',
  legendUncertainty: 'Dashed circle: how uncertain the position is',
  legendFireLine: 'Dashed line: from the reported firing position',
  legendChange: 'Diamond: control changed hands (white: contested)',
  legendFade: 'Incidents stay on the map for 24 hours after they begin, fading with age.',
  howExact: 'How exact the shapes are',
  schematicZones: 'Schematic zones (not surveyed boundaries)',
  approximatePositions: 'Approximate positions',
  exactPositions: 'Exact positions',
  basemap: 'Basemap',
  basemapNote: 'The river, border, roads and city outline are drawn schematically from written descriptions, so the map works with no network.',
  countryBorders: 'Country borders',
  countryBordersNote: 'From Natural Earth (public domain), drawn for orientation where the dataset has no basemap of its own that covers its places; they are not part of the data.',
  sourcesCount: (n: string) => `Sources (${n})`,
  allSources: 'All sources',
  datasetMeta: (id: string, version: string, zone: string) => `Dataset ${id}, version ${version}. Times are local (${zone}).`,
  file: 'File',
  record: 'Record',
  field: 'Field',
  value: 'Value',
  problem: 'Problem',
  warning: 'Warning: ',
  dismissProblems: 'Dismiss the list of data problems',
  dismissWord: 'Dismiss',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copySelected: 'This browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  shareTitle: 'Share this view',
  shareIntro: (withIncident: boolean) => `This link opens the map exactly as you see it now: the moment, the map view, the layers${withIncident ? ' and the selected incident' : ''}.`,
  linkToView: 'Link to this view',
  linkToIncident: (title: string) => `Link to the incident “${title}”`,
  embedTitle: 'Embed this map',
  embedIntro: 'Paste this into an article. The frame opens at the view you choose below, in a compact layout that fits any width from 300 px.',
  embedForm: 'Form',
  embedResponsive: 'Responsive (with script)',
  embedFixed: 'Fixed height',
  embedResponsiveNote: 'The script sets the frame to the height the map asks for at the article\'s width. Without it, the frame keeps 480 px.',
  embedAmp: 'AMP page',
  embedAmpNote: 'For an AMP article: amp-iframe takes the height the map asks for; the map must be served over HTTPS from another origin than the article.',
  embedAmpOverflow: 'Show the whole map',
  height: 'Height',
  pixels: (n: number) => `${n} px`,
  embedCode: 'Embed code',
  copyEmbed: 'Copy embed code',
  embedSandboxNote: 'The map also works in a sandboxed frame when the site serving it allows cross-origin requests for its files:',
  exportTitle: 'Export data',
  mapAt: (when: string) => `The map at ${when}`,
  wholeDayParen: (date: string) => `${date} (the whole day)`,
  localTimeAfter: (when: string) => `${when} local time`,
  geojsonAbout: 'GeoJSON (RFC 7946): every area with its controller and since when, every site, and the incidents on the map, with their sources.',
  geojsonAboutIncidents: 'GeoJSON (RFC 7946): the incidents on the map, with their sources (this dataset has no areas of control).',
  hiddenLayersLeftOut: (list: string) => ` Layers you have hidden are left out, and the file says so: ${list}.`,
  downloadGeojson: 'Download GeoJSON snapshot',
  allIncidents: 'All incidents',
  csvAbout: 'CSV: one row per incident, with its sources, and casualty figures in one column per claimant.',
  downloadCsv: 'Download CSV',
  wholeDataset: 'The whole dataset',
  bundleAbout: (id: string, version: string) => `One JSON file with every record (${id}, version ${version}); it can be loaded again with “Load data”.`,
  downloadDataset: 'Download dataset',
  importIntro: 'Choose a dataset\'s manifest (dataset.json) together with the files it names, or a single dataset file exported with “Export”. Everything is checked before anything is shown; the format is described in docs/data-format.md.',
  chooseFiles: 'Choose files, or drop them here',
  orAddress: 'Or the address of a manifest or dataset file',
  open: 'Open',
  reading: (file: string) => `Reading ${file}…`,
  progressOf: (done: number, total: number) => `${done} of ${total}`,
  nothingLoaded: 'Nothing was loaded: the data has problems. The map you were looking at is unchanged.',
  /** `incidents` and `sites` are counted with incidentCount and siteCount. */
  loadedFromFiles: (title: string, incidents: string, sites: string) => `Loaded “${title}” (${incidents}, ${sites}) from your files.`,
  incidentCount: (n: string, count: number) => plural(count, 'en', { one: `${n} incident`, other: `${n} incidents` }),
  siteCount: (n: string, count: number) => plural(count, 'en', { one: `${n} site`, other: `${n} sites` }),
  storyNone: 'This dataset has no story.',
  storyIntro: 'Follow the events step by step, with sources for each step.',
  storyStart: (n: string, count: number) => plural(count, 'en', { one: `Start the story (${n} step)`, other: `Start the story (${n} steps)` }),
  storyStep: (i: string, n: string) => `Step ${i} of ${n}`,
  storySources: 'Sources for this step',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  leaveStory: 'Leave the story',
  storyHint: 'Arrow keys also move between steps.',

  // A range on the map: an area that changed hands inside it, and who held it as the range began.
  wasHolder: (holder: string) => `was: ${holder}`,

  /** A casualty claim: "at least 10 NDF fighters killed"; the source's own words for who, where it gave them. */
  claim: (c: ClaimParts) => `${QUALIFIERS[c.qualifier]}${c.figure} ${c.group ?? pickForm(c.plural, SIDES[c.side])} ${KINDS[c.kind]}`,
  /** Between two remarks on one thing ("position uncertain by about 1 km; near the bridge"). */
  semicolon: '; ',

  // Notices
  dismissNotice: (text: string) => `Dismiss: ${text}`,
  tilesFailed: 'Web map tiles could not be loaded; the built-in basemap is shown.',
  langNotLoaded: (language: string, detail: string) => `The ${language} interface could not be loaded (${detail}), so the page stays in English.`,
  /** A part of the link that was ignored or changed (the English is in core/link-words.ts, where core's readLink finds it). */
  linkNotices: LINK_WORDS_EN,

  // The Embed dialog's choices and its previews.
  embedView: 'View',
  embedViewCurrent: 'Current view',
  embedViewStart: 'Start view',
  embedViewStep: 'Story step',
  embedStep: 'Step',
  embedTheme: 'Theme',
  embedThemeLight: 'Light',
  embedThemeDark: 'Dark',
  embedThemeAuto: 'Follows the reader’s system',
  embedPlain: 'Plain (no header)',
  embedPreview: 'Preview',
  previewPhone: 'Preview at phone width',
  previewDesktop: 'Preview at desktop width',
  /** Under a preview: "Phone, 360 px"; `size` is written with pixels. */
  previewPhoneCaption: (size: string) => `Phone, ${size}`,
  previewDesktopCaption: (size: string) => `Desktop, ${size}`,

  // The dataset's changelog, in the About panel.
  changelogTitle: 'Corrections and changes to the data',
  changelogVersion: (version: string, date: string, n: string, count: number) => plural(count, 'en', {
    one: `Version ${version}, ${date}: ${n} change`, other: `Version ${version}, ${date}: ${n} changes`,
  }),
  changelogListLabel: (version: string) => `Changes in version ${version}`,
  changelogWhy: 'Why: ',
  /** Before the records a change touched, each as "file › id". */
  changelogRecords: 'Records: ',
  /** After a record the change took out of the dataset. */
  changelogRemoved: ' (removed)',

  // Claims of control beside the assessment: the Claims switch, its marks, the popup and the table.
  claimsSwitch: 'Claims',
  claimsSwitchHint: 'Marks the areas where a party claims another holder than this map’s assessment.',
  /** The map's mark on an area: who claims it, and whom they say holds it. */
  claimMark: (claimant: string, holder: string) => `${claimant} claims: ${holder}`,
  claimsColumn: 'Claims',
  claimsHeading: 'Assessment and claims',
  claimsAssessment: 'This map’s assessment: ',
  /** "Government says: NDF holds it". */
  claimSays: (claimant: string, holder: string) => `${claimant} says: ${holder} holds it`,
  claimStatus: { assessment: 'supports the assessment', claim: 'a claim only' } as Record<'assessment' | 'claim', string>,
  claimOtherwise: 'claims otherwise',
  claimFrom: (when: string) => `from ${when}`,
  legendClaimed: 'A party claims another holder (dotted, in the claimant’s colour)',
  // Cite: the dataset, or one record, at the view shown.
  citeTitle: 'Cite this dataset',
  /** The dialog's title for one record: its title or place name. */
  citeRecordTitle: (title: string) => `Cite: ${title}`,
  citeDatasetIntro: 'A citation of the dataset as this view shows it.',
  citeRecordIntro: 'A citation of this record, in the dataset, as this view shows it.',
  citeVersionNote: (version: string) => `The link carries the data’s version (${version}): whoever opens it after a correction is told what changed since.`,
  citeFormat: 'Format',
  citeFormats: { text: 'Plain reference', bibtex: 'BibTeX (BibLaTeX)', csl: 'CSL-JSON', ris: 'RIS' },
  /** The field's label: "Citation (RIS)". */
  citeTextLabel: (format: string) => `Citation (${format})`,
  /** Said under the plain reference where it is not in the page's language ('' in English). */
  citeEnglishNote: '',
  citeLoading: 'Preparing the citation…',
  citeFailed: (detail: string) => `The citation could not be prepared (${detail}).`,
  citeDownload: 'Download',
  /** The button in a popup and in the details sheet. */
  citeThis: 'Cite',
  // The source lens: the Sources dialog, and the line that says the map shows only some sources.
  sourcesTitle: 'Sources',
  sourcesAbout: 'Hide a kind of source, or one source, to see the map as the others tell it. Incidents and changes of control that rest only on hidden sources are hidden too, and casualty figures from hidden sources disappear.',
  sourcesShowAll: 'Show all sources',
  /** The kinds of source (sources.json `kind`); `none` for sources that give none. */
  sourceKinds: {
    wire_agency: 'Wire agencies', kurdish_outlet: 'Kurdish outlets', government_outlet: 'Government or pro-government outlets',
    opposition_monitor: 'Opposition monitors', opposition_outlet: 'Opposition outlets', rights_monitor: 'Human-rights monitors',
    international_outlet: 'International outlets', official_statement: 'Official statements', research_notes: 'Research notes',
    reference: 'Reference works and databases', none: 'No kind given',
  } satisfies Record<SourceKind | 'none', string> as Record<SourceKind | 'none', string>,
  /** A kind's checkbox: "Wire agencies (6)". */
  sourcesKindCount: (kind: string, n: string) => `${kind} (${n})`,
  /** The fold that lists a kind's sources one by one. */
  sourcesOfKind: (kind: string) => `Each source: ${kind}`,
  lensShowsSome: (hidden: string, total: string) => `This map shows only some sources: ${hidden} of ${total} are hidden.`,
  /** `list`: "2 incidents and 1 change of control". */
  lensHiddenRecords: (list: string) => `Hidden with them, as they rest only on hidden sources: ${list}.`,
  lensNoRecords: 'No incident or change of control rests only on hidden sources.',
  lensIncidents: (n: string, count: number) => plural(count, 'en', { one: '1 incident', other: `${n} incidents` }),
  lensChanges: (n: string, count: number) => plural(count, 'en', { one: '1 change of control', other: `${n} changes of control` }),
  lensClaims: (n: string, count: number) => plural(count, 'en', {
    one: '1 casualty figure from a hidden source is left out.', other: `${n} casualty figures from hidden sources are left out.`,
  }),
  lensStarts: (n: string, count: number) => plural(count, 'en', {
    one: 'Who held 1 area at the start rests only on hidden sources; it is still shown.',
    other: `Who held ${n} areas at the start rests only on hidden sources; it is still shown.`,
  }),

  // Popups (the legend names site kinds too; the incident list gives distances)
  when: 'When: ',
  localTimeParen: ' (local time)',
  where: 'Where: ',
  pointLocation: 'Location given as a point',
  positionUncertain: (distance: string) => `position uncertain by about ${distance}`,
  /** An imported point that stands for a whole area (the data's `location.scope`). */
  standsFor: (area: string) => `the point stands for ${area}; where in it is not known`,
  scopes: {
    district: 'a whole district', province: 'a whole province', region: 'a large part of a country',
    country: 'the whole country', water: 'an area of sea or airspace',
  } as Record<PlaceScope, string>,
  /** The heading of an imported incident's own classification (its codebook's columns). */
  originalHeading: (dataset: string) => `As coded by ${dataset}`,
  firedFrom: 'Fired from: ',
  reportedPosition: 'a reported position',
  who: 'Who: ',
  casualtiesClaimed: 'Casualties, as claimed',
  confidence: 'Confidence: ',
  confidenceLevels: { high: 'high', medium: 'medium', low: 'low' } as Record<Confidence, string>,
  heldByColon: 'Held by: ',
  sinceColon: 'Since: ',
  beforeDataset: 'before the dataset begins',
  shape: (precision: string) => `Shape: ${precision}.`,
  positionPrecision: (precision: string) => `Position: ${precision}.`,
  precisions: { exact: 'exact', approximate: 'approximate', schematic: 'schematic' } as Record<string, string>,
  km: (n: string) => `${n} km`,
  metres: (n: string) => `${n} m`,
  siteKinds: {
    district: 'District', prison: 'Prison', base: 'Military base', checkpoint: 'Checkpoint',
    airport: 'Airport', landmark: 'Landmark', border_crossing: 'Border crossing',
    security_zone: 'Security zone', bakery: 'Bakery', artillery: 'Artillery position',
    headquarters: 'Headquarters', city: 'City',
  } as Record<SiteKind, string>,

  // The incident list (loaded once the first map is drawn)
  noIncidentsNow: 'No incidents on the map at this time.',
  onMapAt: (count: string, when: string) => `${count} on the map at ${when}.`,
  longDataset: (n: string, count: number) => plural(count, 'en', {
    one: ` This dataset has ${n} incident: the list shows those on the map now.`,
    other: ` This dataset has ${n} incidents: the list shows those on the map now.`,
  }),
  linkTo: (title: string) => `Link to: ${title}`,
  linkToThis: 'Link to this incident',
  onTheMap: 'on the map',
  layerHidden: 'layer hidden',

  // The layer toggles, the legend and Export (the built-in layers; a dataset names its own)
  layerLabels: {
    control: 'Control of areas',
    sites: 'Sites',
    mortar: 'Mortar and artillery fire',
    clash: 'Clashes, sieges and attacks',
    capture: 'Captures, arrests and exchanges',
    talks: 'Talks, truce and statements',
  } as Record<DefaultLayer | 'control' | 'sites', string>,
};

export type MoreMessages = typeof moreEn;
