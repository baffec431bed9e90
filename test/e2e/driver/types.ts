/** The explorer in the specs' own terms: what they can be given, do, and then read. */
import type { Browser, Page } from 'playwright-core';
import type { Pixels } from '../png.ts';
import type { OpenOptions } from './network.ts';
import type { ActiveElement } from './watch.ts';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };
/** A chart's bars: the per-year chart's (YearColumns) and the by-type and top-towns charts' (RankedBars). */
export const BARS = '.year-columns .bar, .ranked-bars .bar';

export interface ListItem {
  id: string;
  date: string;
  type: string;
  place: string;
  title: string;
}

export interface ChartTexts {
  perYear: string;
  byType: string;
  topTowns: string;
}

export type ChartName = keyof ChartTexts;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; message: string }[];
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Explorer {
  given: {
    /**
     * Opens the explorer at `query` ("?years=2011") and waits for the list; for the map too only
     * with `waitForMap` (the map's actions and readings wait for it themselves).
     */
    explorerAt(query?: string, viewport?: Viewport, options?: { waitForMap?: boolean } & OpenOptions): Promise<void>;
    /** Opens the page at `query` and waits for nothing: for loading states and failures. */
    pageOpenedAt(query?: string, options?: OpenOptions & { viewport?: Viewport }): Promise<void>;
  };
  when: {
    /** Presses `key` with the focus on the slider of the timeline, without scrolling the page. */
    pressOnTimeline(key: string): Promise<void>;
    /** Presses the keys on the timeline's slider with no frame drawn between them (React renders between, in a microtask), as a held-down key can on a slow machine. */
    pressOnTimelineAtOnce(keys: string[]): Promise<void>;
    /**
     * Presses `key` on the timeline's slider in the task the map is bound to the data in (or at
     * once if it already is); resolves whether the map still lacked the towns of other windows of
     * years then (data-towns-pending).
     */
    pressOnTimelineAsMapBinds(key: string): Promise<boolean>;
    pressOnSlider(name: string, key: string): Promise<void>;
    clickYearBar(year: number): Promise<void>;
    clickTownBar(name: string): Promise<void>;
    choosePlace(label: string): Promise<void>;
    clearPlace(): Promise<void>;
    openUnstated(): Promise<void>;
    showWholeList(): Promise<void>;
    openIncident(id: string): Promise<void>;
    openTypeFilters(): Promise<void>;
    toggleType(label: string): Promise<void>;
    chooseMapMode(label: string): Promise<void>;
    /** Clicks the map canvas where the point lon/lat is drawn while the map shows all of Kazakhstan. */
    clickMapAt(lon: number, lat: number): Promise<void>;
    /** Presses in the middle of the map, moves by dx/dy in small steps and lets go. */
    dragMap(dx: number, dy: number): Promise<void>;
    scrollToMap(): Promise<void>;
    scrollToList(): Promise<void>;
    /** Clicks the timeline's Play (or Pause) button. */
    clickPlay(): Promise<void>;
    reload(): Promise<void>;
    back(): Promise<void>;
    forward(): Promise<void>;
    /** Moves the pointer over the map where lon/lat is drawn while the map shows all of Kazakhstan. */
    hoverMapAt(lon: number, lat: number): Promise<void>;
    hoverTownBar(name: string): Promise<void>;
    typeSearch(text: string): Promise<void>;
    /** Opens, in a new page of another site (another origin), a page that frames `path` of the site. */
    openFramedByAnotherSite(path: string, options?: OpenOptions): Promise<void>;
    /** Runs `code` as an inline script added to the page, as an injection would. */
    injectInlineScript(code: string): Promise<void>;
    /** Waits until the site's service worker controls the page (opened with `serviceWorkers: 'allow'`). */
    waitForServiceWorker(): Promise<void>;
    /** Cuts the network of the page's browser context, or gives it back. */
    setOffline(offline: boolean): Promise<void>;
    /** Opens `path` of the site in the current page and context, and waits for nothing. */
    navigate(path: string): Promise<void>;
    /** Presses "Reload" on the update prompt and waits for the explorer to load again. */
    acceptUpdate(): Promise<void>;
  };
  then: {
    url(): string;
    params(): URLSearchParams;
    param(name: string): string | null;
    listCount(): Promise<number>;
    listItems(): Promise<ListItem[]>;
    /** How many of the list's rows the browser draws now (rows far off screen are left undrawn). */
    listRowsDrawn(): Promise<number>;
    chartTitles(): Promise<ChartTexts>;
    chartDescriptions(): Promise<ChartTexts>;
    barCount(chart: ChartName): Promise<number>;
    /** The rows of the by-type or top-towns chart as drawn: label, count, and the row's title. */
    rankedBars(chart: 'byType' | 'topTowns'): Promise<{ label: string; value: string; title: string }[]>;
    sliderValueText(name?: string): Promise<string | null>;
    placeValue(): Promise<string>;
    unstatedButtonCount(): Promise<number | null>;
    notOnMapCounts(): Promise<number[]>;
    /** Whether the map has its data applied now, without waiting (the map's readings below wait for it). */
    mapReady(): Promise<boolean>;
    /** Waits for the map to apply the data and draw it; false when it does not within the map's timeout. */
    mapDrawn(): Promise<boolean>;
    mapIdle(): Promise<string | null>;
    /** Resolves with the new stamp once the map has gone idle again after `previous`. */
    mapIdleAfter(previous: string | null): Promise<string>;
    /** Where lon/lat is drawn, in CSS pixels from the top left of the map canvas. */
    mapPixelOf(lon: number, lat: number): Promise<{ x: number; y: number }>;
    mapScreenshot(): Promise<Pixels>;
    mapFrameInViewport(): Promise<boolean>;
    /** Where the timeline's Play/Pause button is drawn, in page pixels, and whether it reads Pause. */
    playButton(): Promise<{ x: number; y: number; width: number; height: number; playing: boolean }>;
    /** The top of the timeline, in page pixels. */
    timelineTop(): Promise<number>;
    detailText(): Promise<string | null>;
    caseChain(): Promise<string[]>;
    scrollWidth(): Promise<number>;
    /** The laid-out width of each of the explorer's chart drawings' boxes, in page order. */
    chartWidths(): Promise<number[]>;
    requests(): readonly string[];
    /** Every request since the page opened (the workers' included), with the Referer header it sent. */
    referers(): Promise<{ url: string; referer: string | null }[]>;
    pageErrors(): readonly string[];
    axeViolations(): Promise<AxeViolation[]>;
    /** Every console message, as "type: text". */
    consoleMessages(): readonly string[];
    /** The Content-Security-Policy violations the page has reported since it loaded. */
    policyViolations(): Promise<string[]>;
    /** Scripts, images, frames and on* attributes added to the document since it loaded. */
    activeElements(): Promise<ActiveElement[]>;
    /** A property of the page's window, as JSON (undefined when unset). */
    windowValue(name: string): Promise<unknown>;
    /** The text of the whole page as a reader sees it. */
    pageText(): Promise<string>;
    /**
     * Whether `phrase` (left-to-right text of ours, found in one text node) is drawn left to
     * right, character after character; null when no text node holds it. A right-to-left
     * override in data text before it draws it backwards.
     */
    drawnLeftToRight(phrase: string): Promise<boolean | null>;
    /** Waits for the page's alert and returns its text. */
    alertText(): Promise<string>;
    /** Waits for the page's loading status and returns its text. */
    loadingText(): Promise<string>;
    /** Whether the loading status is still on screen. */
    loadingShown(): Promise<boolean>;
    /** Waits until the explorer is on screen (its list heading). */
    explorerShown(): Promise<boolean>;
    /** Waits for a status message (role="status", announced by screen readers) holding `text`; false when none comes. */
    statusShown(text: string): Promise<boolean>;
    /** Waits for the notice shown in place of the map and returns its text. */
    mapNotice(): Promise<string>;
    mapTooltip(): Promise<string | null>;
    chartTooltip(): Promise<string | null>;
    searchValue(): Promise<string>;
    /** The labels of the checked incident-type toggles. */
    checkedTypes(): Promise<string[]>;
    /** The place-picker's options, as their visible text. */
    placeOptions(): Promise<string[]>;
    /** The URL the frame opened by openFramedByAnotherSite shows, once it has loaded (an error page when refused). */
    framedUrl(): Promise<string>;
    /** Waits for the prompt to reload into a new version, and returns its text. */
    updatePrompt(): Promise<string>;
    /** Whether the update prompt is on screen now. */
    updatePromptShown(): Promise<boolean>;
    /** Waits for an embed page (opened as the page itself) to draw its chart, and returns the number of bars. */
    embedBars(): Promise<number>;
  };
  page(): Page;
  origin(): string;
  /** The browser the explorer's pages open in. */
  browser(): Promise<Browser>;
  /** The site under test: "http://127.0.0.1:<port>/". */
  siteUrl(): Promise<string>;
  close(): Promise<void>;
}
