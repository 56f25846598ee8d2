import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SettingsService } from '../settingsService';
import type { CalendarService } from './calendarService';

export interface CalendarFeedInfo {
  enabled: boolean;
  path: string;
  url: string;
  /** When the file was last rewritten; null when there is none. */
  updatedAt: string | null;
  eventCount: number;
}

/** DTSTAMP changes on every write; the feed is rewritten only when something else did. */
const withoutStamps = (text: string): string => text.replace(/^DTSTAMP:.*$/gm, '');

/**
 * The subscribed calendar: with the setting on, the core keeps `<dataDir>/calendar/certplan.ics`
 * up to date (after every change and on its timer), so a calendar app subscribed to the file sees
 * moved exams and new deadlines without another export. Written to a temporary file and renamed,
 * so a calendar app never reads half a file.
 */
export class CalendarFeedService {
  #lastHash: string | null = null;
  #lastCount = 0;
  #lastTemplate: string | null = null;

  constructor(
    private readonly calendar: CalendarService,
    private readonly settings: SettingsService,
    private readonly dataDir: string,
  ) {}

  get path(): string {
    return join(this.dataDir, 'calendar', 'certplan.ics');
  }

  info(): CalendarFeedInfo {
    const enabled = this.settings.get().calendar.feed;
    const exists = existsSync(this.path);
    return {
      enabled,
      path: this.path,
      url: pathToFileURL(this.path).href,
      updatedAt: exists ? statSync(this.path).mtime.toISOString() : null,
      eventCount: exists ? this.#lastCount : 0,
    };
  }

  /** Background upkeep: write when on and changed; remove the file when switched off. Returns whether it wrote. */
  refresh(): boolean {
    if (!this.settings.get().calendar.feed) {
      if (existsSync(this.path)) rmSync(this.path, { force: true });
      this.#lastHash = null;
      this.#lastTemplate = null;
      return false;
    }
    const dates = this.calendar.allDates();
    const { text, template } = this.calendar.icsWithTemplate(dates, 'Certplan');
    // The same template as the file written last: nothing but DTSTAMP would change (issue 10).
    if (template === this.#lastTemplate && existsSync(this.path)) return false;
    const hash = createHash('sha256').update(withoutStamps(text)).digest('hex');
    this.#lastTemplate = template;
    if (hash === this.#lastHash && existsSync(this.path)) return false;
    mkdirSync(join(this.dataDir, 'calendar'), { recursive: true });
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, this.path);
    this.#lastHash = hash;
    this.#lastCount = dates.length;
    return true;
  }
}
