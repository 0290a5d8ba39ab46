// Generated participants' files for the cohort page's tests and benchmark, and an independent
// computation of the figures the page must show.

/** A small seeded generator (mulberry32), so every run makes the same cohort. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const AGILITY = [
  "agility.flexibility", "agility.speed", "agility.experimenting", "agility.performance_risk",
  "agility.interpersonal_risk", "agility.collaborating", "agility.information_gathering",
  "agility.feedback_seeking", "agility.reflecting",
];

/**
 * A "Share with trainer" file as the widget writes it: a backup document of the one session,
 * with the name, and the framework files the person added (`frameworks`, as a backup keeps them).
 */
export function shareFile({ name, id, created, ratings = {}, targets = {}, notes, version = 2, frameworks }) {
  const session = { id, created, updated: created };
  if (Object.keys(ratings).length) session.ratings = ratings;
  if (Object.keys(targets).length) session.targets = targets;
  if (notes) session.notes = notes;
  const file = { format: "cermin.history", version, exported_at: created + 1000, sessions: [session] };
  if (name) file.name = name;
  if (frameworks) file.frameworks = frameworks;
  return JSON.stringify(file);
}

/** `count` participants, each rating a random subset of the agility items with a random level. */
export function generated(count, seed = 7, { created = Date.UTC(2026, 9, 1), names = true } = {}) {
  const random = rng(seed);
  return Array.from({ length: count }, (_, n) => {
    const ratings = {};
    const targets = {};
    for (const item of AGILITY) {
      if (random() < 0.85) ratings[item] = 1 + Math.floor(random() * 5);
      if (ratings[item] && random() < 0.5) targets[item] = Math.min(5, ratings[item] + Math.floor(random() * 3));
    }
    const name = names ? `Peserta ${String(n + 1).padStart(3, "0")}` : undefined;
    return { name, id: `g${seed}-${n}`, created: created + n * 60_000, ratings, targets };
  });
}

/**
 * Quantile written from its definition (Hyndman & Fan type 7, as R's default): the order
 * statistic at 1-based rank 1 + (n − 1)p, interpolated linearly.
 */
export function quantile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = 1 + (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const fraction = rank - lower;
  const at = (r) => sorted[Math.min(r, sorted.length) - 1];
  return at(lower) + fraction * (at(lower + 1) - at(lower));
}

/** A figure as the page writes it in English: at most two decimals, no trailing zeros. */
export const figure = (x) => String(Math.round(x * 100) / 100);

/** Per item: how many rated, the count per level (1–5), median and quartiles. */
export function expectedFigures(people, items = AGILITY, levels = 5) {
  return Object.fromEntries(items.map((item) => {
    const values = people.map((p) => p.ratings[item]).filter((v) => v !== undefined);
    const counts = Array.from({ length: levels }, (_, l) => values.filter((v) => v === l + 1).length);
    return [item, {
      rated: values.length,
      counts,
      median: values.length ? quantile(values, 0.5) : null,
      q1: values.length ? quantile(values, 0.25) : null,
      q3: values.length ? quantile(values, 0.75) : null,
    }];
  }));
}
