// @ts-check
// The toolbar badge of a tab sums what every frame of the tab reported: a box in a
// same-origin frame is checked by that frame's own content script. The badge shows
// "!" while a check failed in any frame, else the findings of all frames together in
// the worst severity's colour. Kept while the worker runs; after a restart each
// frame's next report fills it again.

import { worst } from '../shared/severities.js';
import { badgeOf } from './requests.js';

/** @typedef {import('../shared/severities.js').Severity} Severity */
/** @typedef {{ count: number, severity: Severity | null, failed: boolean }} Report */

export class TabBadges {
  constructor() {
    /** tab → the document of its top frame, and each frame's last report */
    /** @type {Map<number, { top: string | undefined, frames: Map<number, Report> }>} */
    this.tabs = new Map();
  }

  /**
   * Records what one frame reported and returns what the tab's badge shows now.
   * @param {{ tabId: number, frameId?: number, documentId?: string }} sender
   * @param {Report} report  as read by `reportOf`
   * @returns {{ text: string, severity: Severity | null }}
   */
  report({ tabId, frameId = 0, documentId }, report) {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = { top: frameId === 0 ? documentId : undefined, frames: new Map() };
      this.tabs.set(tabId, tab);
    } else if (frameId === 0 && documentId !== tab.top) {
      // A new document in the top frame (a navigation): the old page's frames are gone. A
      // frame may report before the top frame's first report: that one keeps what is there.
      if (tab.top !== undefined) tab.frames = new Map();
      tab.top = documentId;
    }
    if (report.count > 0 || report.failed) tab.frames.set(frameId, report);
    else tab.frames.delete(frameId);
    const reports = [...tab.frames.values()];
    return badgeOf({
      count: reports.reduce((sum, r) => sum + r.count, 0),
      severity: worst(reports.flatMap((r) => (r.severity ? [r.severity] : []))),
      failed: reports.some((r) => r.failed),
    });
  }

  /** @param {number} tabId  a tab that was closed */
  forget(tabId) {
    this.tabs.delete(tabId);
  }
}
