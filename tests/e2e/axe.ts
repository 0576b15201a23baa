// Runs axe-core on a page for WCAG 2.1 A and AA, and words what it finds for a failure message.
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  id: string;
  impact: string;
  targets: string[];
}

export interface AxeReport {
  findings: AxeFinding[];
  /** Rules violated, counted by impact (critical, serious, moderate, minor). */
  byImpact: Record<string, number>;
  /** Elements failing a rule, counted by the rule's impact. */
  nodesByImpact: Record<string, number>;
}

/**
 * Every rule with one of the tags, axe's experimental ones included: a run by tag leaves those out,
 * and so skipped label-content-name-mismatch (WCAG 2.5.3) while it was one. Deprecated rules stay out.
 */
export function rulesTagged(tags: readonly string[]): string[] {
  return axe.getRules([...tags]).filter((r) => !r.tags.includes('deprecated')).map((r) => r.ruleId);
}

export async function checkPage(page: Page, tags = WCAG_TAGS): Promise<AxeReport> {
  const results = await new AxeBuilder({ page }).withRules(rulesTagged(tags)).analyze();
  const findings = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  const byImpact: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const nodesByImpact: Record<string, number> = { ...byImpact };
  for (const f of findings) {
    byImpact[f.impact] = (byImpact[f.impact] ?? 0) + 1;
    nodesByImpact[f.impact] = (nodesByImpact[f.impact] ?? 0) + f.targets.length;
  }
  return { findings, byImpact, nodesByImpact };
}

/** The findings that must not ship, as "rule (impact): target, target…" lines. */
export function seriousOrWorse(report: AxeReport): string[] {
  return report.findings
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => `${f.id} (${f.impact}): ${f.targets.slice(0, 8).join(' | ')}${f.targets.length > 8 ? ` … and ${f.targets.length - 8} more` : ''}`);
}
