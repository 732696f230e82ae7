// Sizes of the built pages in dist/: the median and largest sidebar (Starlight's
// `<nav class="sidebar">`, raw bytes) and the median HTML page. Run after `npm run build`:
//   npx node scripts/page-sizes.ts [dist] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sidebarBytes } from './bench/output.ts';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';

const pages: Array<{ page: string; html: number; sidebar: number | undefined }> = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      pages.push({
        page: relative(dist, path),
        html: Buffer.byteLength(html),
        sidebar: sidebarBytes(html) || undefined,
      });
    }
  }
};
walk(dist);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};
const withSidebar = pages.flatMap(({ sidebar, ...p }) =>
  sidebar === undefined ? [] : [{ ...p, sidebar }],
);
const largest = withSidebar.reduce((a, b) => (b.sidebar > a.sidebar ? b : a), withSidebar[0]);
const summary = {
  pages: pages.length,
  pagesWithSidebar: withSidebar.length,
  sidebarMedian: median(withSidebar.map((p) => p.sidebar)),
  sidebarMax: largest?.sidebar ?? 0,
  sidebarMaxPage: largest?.page,
  htmlMedian: median(pages.map((p) => p.html)),
  htmlTotal: pages.reduce((n, p) => n + p.html, 0),
};
if (args.includes('--json')) console.log(JSON.stringify(summary, null, 2));
else {
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  console.log(`${summary.pages} pages, ${summary.pagesWithSidebar} with a sidebar`);
  console.log(
    `sidebar <nav>: median ${kib(summary.sidebarMedian)}, max ${kib(summary.sidebarMax)} (${summary.sidebarMaxPage})`,
  );
  console.log(`HTML per page: median ${kib(summary.htmlMedian)}, total ${kib(summary.htmlTotal)}`);
}
