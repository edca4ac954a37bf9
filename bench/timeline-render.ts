/**
 * Benchmark (not a test): how fast the public timeline answers a reader, in a real browser against
 * a production build. Measures, in Chromium driven by Playwright:
 *   - filter change → render: from the click on a filter checkbox to the moment the chart shows the
 *     new selection (its data-query matches, its data is loaded) and the browser has painted;
 *   - zoom → render: from a key press (+/−) to the new window drawn;
 * and the size of the largest timeline window response (bytes, buckets, raw event rows).
 *
 *   NEXT_DIST_DIR=.next-explore npx next build
 *   NEXT_DIST_DIR=.next-explore npx tsx bench/timeline-render.ts [--port 3201] [--runs 40]
 *     [--extra-events 10000]   (adds synthetic published events to the bench database first)
 *     [--base-url http://…]    (measure a server that is already running instead)
 *
 * The server runs on its own database (sahel_monitor_bench_<port>, default seed: the starter dataset
 * plus all UCDP GED and Candidate events), never the development one. Target: median filter change →
 * render under 200 ms. Exit code 1 when the median misses it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl, withDatabaseName } from "@/lib/db/url";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3201" },
    runs: { type: "string", default: "40" },
    "extra-events": { type: "string", default: "0" },
    "base-url": { type: "string" },
  },
});
const port = Number(values.port);
const runs = Number(values.runs);
const extraEvents = Number(values["extra-events"]);
const database = `sahel_monitor_bench_${port}`;
const TARGET_MS = 200;
const SYNTHETIC_PREFIX = "[bench] ";

const BIN = path.resolve(import.meta.dirname, "../node_modules/.bin");

function startServer(): ChildProcess {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(
      `No production build in ${distDir}: run NEXT_DIST_DIR=${distDir} npx next build`,
    );
  }
  return spawn(
    "tsx",
    [
      "scripts/with-db.ts",
      "--database",
      database,
      "--",
      "tsx",
      "scripts/app.ts",
      "start",
      "--port",
      String(port),
    ],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}`,
      },
    },
  );
}

async function waitUntilReady(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the server did not become ready in 5 minutes");
}

/**
 * Synthetic published events spread over 25 years, so that the volume, not the data, is tested.
 * Those of an earlier run are removed first (count 0 leaves the seeded data alone).
 */
async function setSyntheticEvents(count: number): Promise<void> {
  const db = createPrismaClient(withDatabaseName(resolveDatabaseUrl(), database), { max: 2 });
  try {
    await db.event.deleteMany({ where: { titleEn: { startsWith: SYNTHETIC_PREFIX } } });
    const categories = ["BATTLE", "ATTACK", "VIOLENCE_AGAINST_CIVILIANS"] as const;
    const countries = ["ML", "BF", "NE"] as const;
    const precisions = ["DAY", "DAY", "DAYS", "MONTH", "YEAR"] as const;
    const start = Date.UTC(1999, 0, 1);
    const rows = Array.from({ length: count }, (_, index) => {
      const day = new Date(start + ((index * 7919) % 9125) * 86_400_000);
      return {
        titleEn: `${SYNTHETIC_PREFIX}event ${index}`,
        titleFr: `${SYNTHETIC_PREFIX}événement ${index}`,
        category: categories[index % categories.length] ?? "BATTLE",
        dateStart: day,
        dateEnd: new Date(day.getTime() + (index % 3) * 86_400_000),
        datePrecision: precisions[index % precisions.length] ?? "DAY",
        countryId: countries[index % countries.length] ?? "ML",
        fatalitiesBest: index % 23,
        status: "PUBLISHED" as const,
      };
    });
    for (let offset = 0; offset < rows.length; offset += 2000) {
      await db.event.createMany({ data: rows.slice(offset, offset + 2000) });
    }
  } finally {
    await db.$disconnect();
  }
}

/**
 * Runs in the page (as text: tsx would otherwise wrap the functions it names with a helper the page
 * lacks). Performs the action, then resolves with the ms until the chart shows `query`, with its
 * data loaded, and the browser has painted it.
 */
const MEASURE_IN_PAGE = `async ({ action, target, query }) => {
  const chart = () => document.querySelector('[data-testid="timeline-chart"]');
  // A zoom keeps the query: wait for the new window to be requested, then loaded.
  let requested = action === "click";
  const done = () => {
    const element = chart();
    if (element && element.dataset.state === "loading") requested = true;
    return requested && !!element && element.dataset.query === query && element.dataset.state === "ready";
  };
  const started = performance.now();
  let acted = false;
  const rendered = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (acted && done()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  if (action === "click") {
    document.querySelector(target).click();
  } else {
    const frame = document.querySelector("[aria-roledescription]");
    frame.focus();
    frame.dispatchEvent(new KeyboardEvent("keydown", { key: target, bubbles: true }));
  }
  acted = true;
  await rendered;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - started;
}`;

async function timeUntilRendered(
  page: Page,
  action: "click" | "key",
  target: string,
  query: string,
) {
  const args = JSON.stringify({ action, target, query });
  return page.evaluate<number>(`(${MEASURE_IN_PAGE})(${args})`);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

const format = (s: ReturnType<typeof stats>) =>
  `median ${s.median.toFixed(0)} ms · p90 ${s.p90.toFixed(0)} ms · max ${s.max.toFixed(0)} ms (${s.runs} runs)`;

// Each step toggles one filter; the query is what the URL and the chart hold afterwards.
const STEPS = [
  { selector: 'input[name="country"][value="bf"]', query: "country=bf" },
  {
    selector: 'input[name="category"][value="violence-against-civilians"]',
    query: "country=bf&category=violence-against-civilians",
  },
  { selector: 'input[name="country"][value="bf"]', query: "category=violence-against-civilians" },
  { selector: 'input[name="category"][value="violence-against-civilians"]', query: "" },
] as const;

const baseUrl = values["base-url"] ?? `http://localhost:${port}`;
const server = values["base-url"] ? undefined : startServer();
const stop = () => server?.kill("SIGTERM");
process.on("exit", stop);
let exitCode = 0;
try {
  await waitUntilReady(baseUrl);
  if (!values["base-url"]) await setSyntheticEvents(extraEvents);

  const whole = await fetch(`${baseUrl}/en/timeline/window?span=1989-01-01..2026-12-31`);
  const wholeBody = await whole.text();
  const payload = JSON.parse(wholeBody) as {
    selectionTotal: number;
    buckets: unknown[];
    events: unknown[] | null;
  };

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Zooming in and out revisits the same windows: measure the server, not the browser cache.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto(`${baseUrl}/en/timeline`);
  await page.waitForSelector('[data-testid="timeline-chart"][data-state="ready"]');

  // Warm-up: the first navigation compiles nothing in production, but fills the connection pools.
  for (const step of STEPS) await timeUntilRendered(page, "click", step.selector, step.query);

  const filterSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const step = STEPS[run % STEPS.length];
    if (!step) continue;
    filterSamples.push(await timeUntilRendered(page, "click", step.selector, step.query));
    await page.waitForTimeout(100);
  }
  const zoomSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    zoomSamples.push(await timeUntilRendered(page, "key", run % 2 === 0 ? "+" : "-", ""));
    await page.waitForTimeout(100);
  }
  await browser.close();

  const filter = stats(filterSamples);
  const zoom = stats(zoomSamples);
  console.info(
    `events in the selection: ${payload.selectionTotal}${extraEvents ? ` (${extraEvents} synthetic)` : ""}`,
  );
  console.info(`filter change → render: ${format(filter)}`);
  console.info(`zoom → render:          ${format(zoom)}`);
  console.info(
    `whole-period window response: ${wholeBody.length} bytes, ${payload.buckets.length} buckets, ` +
      `${payload.events?.length ?? 0} raw event rows`,
  );
  if (filter.median > TARGET_MS) {
    console.error(
      `✖ median filter change → render ${filter.median.toFixed(0)} ms exceeds ${TARGET_MS} ms`,
    );
    exitCode = 1;
  } else {
    console.info(`✔ median under ${TARGET_MS} ms`);
  }
} finally {
  stop();
}
process.exit(exitCode);
