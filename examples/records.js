// The records the bundled framework examples (react/, svelte/, angular/, solid/, alpine/, lit/) show:
// the shape a feed sends.
export const records = [
  {
    title: "Computer vision helps scientists study lithium ion batteries",
    webUrl: "https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html",
    excerpt: "Scientists combined machine learning with X-ray tomography to see how a battery component breaks down,",
    publishedDateTime: "2020-05-08T10:15:00Z",
    provider: { name: "Phys.org", domain: "phys.org" },
    topics: ["Computer Vision", "AI"],
    related: [
      {
        title: "Deep learning segmentation of battery electrodes",
        webUrl: "https://arxiv.org/abs/2005.00001",
        provider: { name: "arXiv", domain: "arxiv.org" },
      },
    ],
  },
  {
    title: "Ancient DNA reveals how the first farmers reached Britain",
    webUrl: "https://www.science.org/content/article/ancient-dna-first-farmers-britain",
    publishedDateTime: "2022-08-17 14:00:00+00:00",
    provider: { name: "Science", domain: "science.org" },
    topics: ["Archaeology", "Genetics"],
    related: [
      {
        title: "Neolithic migration into Britain from ancient genomes",
        webUrl: "https://www.nature.com/articles/s41559-019-0871-9",
        provider: { name: "Nature Ecology & Evolution", domain: "nature.com" },
      },
    ],
  },
  {
    title: "Radio waves could help farmers measure soil moisture for pennies",
    webUrl: "https://news.mit.edu/2024/radio-waves-soil-moisture-0930",
    publishedDateTime: "2024-09-30T13:00:00Z",
    provider: { name: "MIT News", domain: "news.mit.edu" },
    topics: ["Agriculture", "Sensors"],
  },
];
