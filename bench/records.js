// Deterministic benchmark records: the same seed gives the same records in every browser
// run, with realistic lengths, 0–4 topics, 0–3 related items and a figure on most records.
const WORDS = ("battery cathode lithium graphene quantum qubit neutron galaxy telescope protein enzyme genome " +
  "climate ocean glacier aerosol plasma fusion magnet laser photon crystal polymer catalyst membrane " +
  "neuron cortex vaccine antibody microbe soil forest coral river storm satellite orbit comet exoplanet " +
  "algorithm network sensor robot material alloy ceramic semiconductor transistor superconductor").split(" ");
const VERBS = "reveals improves explains doubles tracks maps predicts reduces boosts measures".split(" ");
const PROVIDERS = [
  ["Phys.org", "phys.org"], ["Nature", "nature.com"], ["Science", "science.org"], ["arXiv", "arxiv.org"],
  ["Quanta Magazine", "quantamagazine.org"], ["MIT News", "news.mit.edu"], ["BBC News", "bbc.co.uk"],
  ["Ars Technica", "arstechnica.com"], ["EurekAlert!", "eurekalert.org"], ["New Scientist", "newscientist.com"],
  ["Cell Press", "cell.com"], ["PNAS", "pnas.org"],
];
const TOPICS = ["AI", "Batteries", "Climate", "Astronomy", "Genetics", "Materials", "Quantum", "Neuroscience", "Oceans", "Energy"];
const FIGURES = [
  ["capacity-fade.svg", 640, 480], ["raman-spectrum.svg", 640, 360], ["gate-error-bars.svg", 600, 400],
  ["metabolic-scaling.svg", 480, 640], ["sst-anomaly-heatmap.svg", 600, 500], ["seamount-contours.svg", 800, 450],
  ["tem-nanoparticles.svg", 520, 520], ["gw-chirp.svg", 720, 405],
];
export const NOW = "2026-11-25T12:00:00Z";

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` records from `seed`; images point at `imageBase` (an absolute URL ending in /). */
export function generateRecords(count, { seed = 42, imageBase }) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sentence = (n) => {
    const text = words(n);
    return text[0].toUpperCase() + text.slice(1);
  };
  const date = () => new Date(Date.parse(NOW) - between(1, 5 * 365) * 86_400_000 - between(0, 86_399) * 1000).toISOString().replace(/\.\d+Z$/, "Z");
  const provider = () => {
    const [name, domain] = pick(PROVIDERS);
    return { name, domain };
  };
  const image = () => {
    const [file, width, height] = pick(FIGURES);
    return { url: imageBase + file, width, height, alt: `Figure: ${words(6)}` };
  };
  return Array.from({ length: count }, (_, i) => {
    const from = provider();
    const excerpt = `${sentence(between(12, 30))}. ${sentence(between(8, 30))}${random() < 0.5 ? "," : "."}`;
    const related = Array.from({ length: between(0, 3) }, (_, r) => ({
      title: `${sentence(between(6, 14))} ${pick(VERBS)} ${words(between(2, 5))}`,
      webUrl: `https://${pick(PROVIDERS)[1]}/articles/${seed}-${i}-${r}`,
      provider: provider(),
      publishedDateTime: date(),
      ...(random() < 0.5 ? { type: "paper", excerpt: `${sentence(between(10, 25))}.` } : {}),
    }));
    return {
      title: `${sentence(between(3, 8))} ${pick(VERBS)} ${words(between(2, 6))}`,
      webUrl: `https://${from.domain}/news/${seed}-${i}`,
      excerpt,
      publishedDateTime: date(),
      category: "news",
      type: "article",
      quality: between(0, 30),
      heat: between(0, 50),
      published: random() < 0.8,
      provider: from,
      topics: [...new Set(Array.from({ length: between(0, 4) }, () => pick(TOPICS)))],
      related,
      images: random() < 0.6 ? [image()] : [],
    };
  });
}
