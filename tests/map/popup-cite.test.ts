// Every popup (incident, area, site) offers one Cite button where the page gives it a Cite dialog,
// naming the record it shows; the embedded layout, which has no dialogs, gives none.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, getByRole, queryByRole } from '@testing-library/preact';
import type { CiteRecord } from '../../src/core/citation';
import type { AreaState } from '../../src/core/control';
import type { Dataset } from '../../src/core/types';
import { areaPopup, incidentPopup, sitePopup } from '../../src/map/popup';
import { MINI, loadValid } from '../helpers/fs-dataset';
import { popupContextOf } from '../helpers/popup-context';

const contextOf = (dataset: Dataset, cite?: (record: CiteRecord) => void) => popupContextOf(dataset, { cite });

describe('the Cite button in popups', () => {
  it('cites the incident, the area or the site the popup shows', async () => {
    const dataset = await loadValid(MINI);
    const cite = vi.fn();
    const ctx = contextOf(dataset, cite);
    const incident = dataset.incidents[0];
    const site = dataset.sites[0];
    if (!incident || !site) throw new Error('the fixture has an incident and a site');
    const state: AreaState = {
      site: site.id, controller: dataset.actors[0]?.id ?? '', contested: false,
      since: null, change: null, sinceChange: null, confidence: 'high', claims: [],
    };
    for (const body of [incidentPopup(incident, ctx), areaPopup(site, state, ctx), sitePopup(site, state, ctx)]) {
      fireEvent.click(getByRole(body, 'button', { name: 'Cite' }));
    }
    expect(cite.mock.calls).toEqual([[{ kind: 'incident', id: incident.id }], [{ kind: 'area', id: site.id }], [{ kind: 'site', id: site.id }]]);
  });

  it('is left out where the page has no Cite dialog', async () => {
    const dataset = await loadValid(MINI);
    const incident = dataset.incidents[0];
    if (!incident) throw new Error('the fixture has an incident');
    expect(queryByRole(incidentPopup(incident, contextOf(dataset)), 'button', { name: 'Cite' })).toBeNull();
  });
});
