// Demo data for the article-cards demo page: sets window.demoRecords (plain script, no modules).
(function () {
  "use strict";

  // Record URLs must be absolute http(s): resolve demo assets against the page.
  const local = (path) => new URL(path, document.baseURI).href;

  window.demoRecords = [
    {
      title: "Iron-phosphate batteries outlast nickel-rich cells in five-year grid-storage trial",
      excerpt:
        "A side-by-side field trial of containerised storage systems found that lithium iron phosphate cells kept more than 95% of their capacity after 1,000 full cycles, while nickel-rich cells faded almost three times as fast. The results could shift how utilities choose chemistries for daily cycling.",
      publishedDateTime: "2026-11-18T09:30:00Z",
      webUrl: "https://www.nature.com/articles/d41586-026-03412-7",
      category: "news",
      type: "article",
      quality: 24,
      heat: 31,
      published: true,
      provider: { name: "Nature", domain: "nature.com" },
      topics: ["Batteries", "Energy Storage", "Materials Science"],
      images: [
        {
          url: local("images/capacity-fade.svg"),
          width: 640,
          height: 480,
          alt: "Line chart of capacity retention against cycle number: the LFP cell stays above 95% after 1,000 cycles, the NMC811 cell falls to about 82%."
        }
      ],
      related: [
        {
          title: "Field degradation of LFP and NMC811 cells in co-located grid storage: a five-year comparison",
          excerpt:
            "We report capacity and resistance trajectories for 1,152 cells operated under identical dispatch schedules, separating calendar from cycle ageing,",
          publishedDateTime: "2026-10-29T17:00:00Z",
          webUrl: "https://arxiv.org/abs/2610.18342",
          type: "paper",
          provider: { name: "arXiv", domain: "arxiv.org" },
          quality: 7
        },
        {
          title: "Why cheap batteries are winning the grid",
          webUrl: "https://www.science.org/content/article/why-cheap-batteries-are-winning-grid"
        }
      ],
      secured: "Z2EzmS06PyLCFkC6Yoevs4kW8J99M2u4nJY3yubJX9Jj3K42JnapLdmRVhXyt4etxhZ4UGcKRI4BbDRc/e6IFHaE5jKbdvoNWyE38+u3Kb/KcZjs+y3xgKktCRwFK3mv;0WsU72yhFiRPngFhVCKFZw=="
    },

    {
      title:
        "A Decades-Old Prediction About How Black Holes Ring After They Merge Has Just Passed Its Sharpest Test Yet",
      excerpt:
        "When two black holes collide, the newly formed one shudders like a struck bell. The tones of that ringing depend only on its mass and spin, a consequence of general relativity that physicists have wanted to check for half a century,",
      publishedDateTime: "2025-06-12 14:00:00+00:00",
      webUrl: "https://www.quantamagazine.org/black-hole-ringdown-passes-sharpest-test-yet-20250612/",
      category: "news",
      type: "article",
      quality: 21,
      heat: 14,
      published: true,
      provider: { name: "Quanta Magazine", domain: "quantamagazine.org" },
      topics: ["Astrophysics", "Gravitational Waves", "General Relativity"],
      images: [
        {
          url: local("images/gw-chirp.svg"),
          width: 720,
          height: 405,
          alt: "Whitened detector strain in the 0.2 seconds before a black hole merger, with the best-fit template rising in frequency and amplitude."
        }
      ],
      related: [
        {
          title: "Black hole spectroscopy with two overtones in a loud binary black hole ringdown",
          excerpt:
            "We identify the fundamental quadrupolar mode and its first overtone at 4.1 sigma and find the remnant's mass and spin consistent with the inspiral estimate.",
          publishedDateTime: "2025-05-28T18:00:00Z",
          webUrl: "https://arxiv.org/abs/2505.21179",
          type: "paper",
          provider: { name: "arXiv", domain: "arxiv.org" },
          quality: 9
        },
        {
          title: "Listening to a black hole ring",
          publishedDateTime: "2025-06-03 09:00:00+00:00",
          webUrl: "https://physics.aps.org/articles/v18/104",
          type: "article",
          provider: { name: "Physics", domain: "physics.aps.org" }
        },
        {
          title: "LIGO detection news and data releases",
          webUrl: "https://www.ligo.caltech.edu/news",
          provider: { name: "LIGO Caltech", domain: "ligo.caltech.edu" }
        }
      ]
    },

    // Copied verbatim from shared/fixtures/seed-record.json.
    {
      "category": "news",
      "title": "Computer vision helps scientists study lithium ion batteries",
      "excerpt": "Lithium-ion batteries lose their juice over time, causing scientists and engineer to work hard to understand that process in detail. Now, scientists at the Department of Energy's SLAC National Accelerator Laboratory have combined sophisticated machine learning algorithms with X-ray tomography data to produce a detailed picture of how one battery component,",
      "publishedDateTime": "2020-05-08T10:15:00Z",
      "webUrl": "https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html",
      "type": "article",
      "quality": 19,
      "heat": 19,
      "published": false,
      "provider": {
        "name": "Phys.org",
        "domain": "phys.org"
      },
      "topics": [
        "Computer Vision",
        "AI"
      ],
      "related": [
        {
          "title": "Machine-learning-revealed statistics of the particle-carbon/binder detachment in lithium-ion battery cathodes",
          "excerpt": "Developing understanding of degradation phenomena in nickel rich cathodes is under intense investigation. Here the authors use learning-assisted statistical analysis and experiment-informed mathematical modelling to resolve the microstructure of a Ni-rich NMC composite cathode.",
          "publishedDateTime": "2020-05-08T09:45:00Z",
          "webUrl": "https://www.nature.com/articles/s41467-020-16233-5",
          "type": "article",
          "provider": {
            "name": "Nature",
            "domain": "nature.com"
          },
          "quality": 5,
          "images": [
            {
              "url": "https://media.springernature.com/m685/springer-static/image/art%3A10.1038%2Fs41467-020-16233-5/MediaObjects/41467_2020_16233_Fig1_HTML.png",
              "width": 685,
              "height": 598
            }
          ]
        }
      ],
      "secured": "cqo+5yf0pk9+y11G/UJkum+W0kP6fU2F3Nn2wqm5yGNWsRxFCmloGaw2zOBKlfq7APDyvFB0I4qPpbjoXNWH0FAYz4TJY2SIiQuC5UKGuZN16yP+VW6EjUu5YcW91uBQEfPFYcEFZf2K0rXqsoLz3VwDKIHJOOp01XSU1kLBGUMZMIPns9Y6GrTb5ecxoKYf0cxVo191JnqVPfydxN+gqY8vtFMXfEwkAaIEJi3ZiqbRzsRQkAMk/mzQbkWkf/WXMidiHj4kl0q4QqzS76botPjjxOOAMbS3ntF0DRgbXTF1r7SJMJfTedz/57ya174Q7CEOiWnm91UNcQ+sJWL9gpJWKAR8AHVBzBWeldny0doqE1ONGat4uQ2/mjW48/RuQlckjirhGngdvlYDmPp2kcbFhWUWw1FejvxBehVc2s8+7uks8IXo2ZID6GiocLaxhKbLv6PnseHpJ2zrLZLYDQJBfmbQCfZHd7ppnacJ64E=;CBgjFdQ/Vnl2NZ3j73HSow=="
    },

    {
      title: "Radio waves could help farmers measure soil moisture for pennies",
      excerpt:
        "MIT engineers built a passive tag that reflects ordinary Wi-Fi signals differently depending on how wet the surrounding soil is. A phone app reads the tags from across a field.",
      publishedDateTime: "2024-09-30 15:10:00+00:00",
      webUrl: "https://news.mit.edu/2024/low-cost-radio-sensor-soil-moisture-0930",
      category: "news",
      type: "article",
      quality: 11,
      heat: 6,
      published: true,
      provider: { name: "MIT News", domain: "news.mit.edu" },
      topics: [],
      related: [],
      images: []
    },

    {
      title: "Ancient DNA reveals how the first farmers reached Britain",
      excerpt:
        "Genomes from 67 Neolithic individuals suggest farming arrived in several waves from continental Europe rather than spreading through a single migration",
      publishedDateTime: "2022-08-17T18:00:00Z",
      webUrl: "https://www.science.org/content/article/ancient-dna-reveals-how-first-farmers-reached-britain",
      category: null,
      type: "article",
      quality: null,
      heat: null,
      published: null,
      provider: { name: "Science", domain: "science.org" },
      topics: ["Archaeology", "Genetics"],
      related: null,
      images: null
    },

    {
      title: "Benchmarking two-qubit gate errors across superconducting, trapped-ion, neutral-atom and spin-qubit platforms",
      excerpt:
        "We compile 212 two-qubit gate characterisations published since 2019 and compare median and best-reported errors under a common randomized-benchmarking convention.",
      publishedDateTime: "2025-11-07T18:00:00Z",
      webUrl: "https://arxiv.org/abs/2511.04872",
      category: "paper",
      type: "paper",
      quality: "12",
      heat: 4,
      provider: { name: "arXiv", domain: "arxiv.org" },
      topics: ["Quantum Computing", "Quantum Error Correction", "Benchmarks", "Physics", "Hardware"],
      images: [
        {
          url: local("images/gate-error-bars.svg"),
          width: 600,
          height: 400,
          alt: "Grouped bar chart of median and best two-qubit gate error for four platforms; trapped ions are lowest at 0.07% best."
        }
      ],
      related: [
        {
          title: "Quantum computers are getting less noisy, but not equally fast",
          excerpt:
            "A new survey lines up two decades of gate-error data and finds trapped ions still lead on raw accuracy,",
          publishedDateTime: "2025-11-12 10:30:00+00:00",
          webUrl: "https://www.newscientist.com/article/2503316-quantum-computers-are-getting-less-noisy-but-not-equally-fast/",
          type: "article",
          provider: { name: "New Scientist", domain: "newscientist.com" },
          quality: 6
        }
      ],
      secured: "M+bJ+Q6jNnFBi2fTwyBa8LF57A4hvd23mce/JpvwaB8YHiRLLP0taCXsNeGPUcV/zDvYQR7b0lwvrRKASQKV1QxWN2BmVtLPZmJq0F6IFy7hCexfuNtmxXE6T9qnOae4TxvfsLhQN8PPtqy2P2JLcMD1FOFwa/bo;QRGAS+iv31LJeogg7uVBbg=="
    },

    {
      title: "Sixty mammals, one curve: metabolic rate scales with body mass to the three-quarter power",
      excerpt:
        "From shrews to giraffes, the energy an animal burns at rest rises with body mass raised to roughly the 0.74 power, according to a new analysis of respirometry data collected under matched conditions.",
      publishedDateTime: "2023-03-21 08:00:00+00:00",
      webUrl: "https://www.sciencedaily.com/releases/2023/03/230321081512.htm",
      category: "news",
      type: "article",
      quality: 9,
      heat: 3,
      published: false,
      provider: { name: "EurekAlert!", domain: "eurekalert.org" },
      topics: ["Biology", "Ecology"],
      images: [
        {
          url: local("images/metabolic-scaling.svg"),
          width: 480,
          height: 640,
          alt: "Log-log scatter plot of basal metabolic rate against body mass for 60 mammal species with a power-law fit of slope 0.74."
        }
      ]
    },

    // Deliberately invalid: the required webUrl is not http(s), so the widget reports it instead of rendering a card.
    {
      title: "This record is invalid and is reported, not rendered",
      excerpt: "Its webUrl uses the javascript: scheme, which never reaches an href.",
      webUrl: "javascript:alert('demo')",
      category: "news",
      type: "article",
      provider: { name: "Demo", domain: "example.org" }
    },

    {
      title: "علماء يطورون خلايا شمسية من البيروفسكايت تحافظ على كفاءتها لأكثر من ألف ساعة",
      excerpt:
        "أعلن فريق بحثي في جامعة الملك عبد الله للعلوم والتقنية عن خلايا شمسية ترادفية من البيروفسكايت والسيليكون احتفظت بأكثر من ٩٥٪ من كفاءتها الأولية بعد تشغيل متواصل لمدة ألف ساعة تحت الإضاءة والحرارة.",
      publishedDateTime: "2024-06-03T11:20:00Z",
      webUrl: "https://www.natureasia.com/ar/nmiddleeast/article/10.1038/nmiddleeast.2024.93",
      category: "news",
      type: "article",
      quality: 8,
      heat: 5,
      published: true,
      provider: { name: "نيتشر الشرق الأوسط", domain: "natureasia.com" },
      topics: ["الطاقة الشمسية", "علم المواد"],
      related: [
        {
          title: "Perovskite/silicon tandem solar cells with 1,000-hour operational stability",
          publishedDateTime: "2024-05-22 16:00:00+00:00",
          webUrl: "https://www.nature.com/articles/s41560-024-01532-9",
          type: "article",
          provider: { name: "Nature Energy", domain: "nature.com" }
        }
      ]
    },

    {
      title: "Ocean heat breaks records again",
      excerpt:
        "Sea-surface temperatures have been at record highs for ten straight months, and scientists say El Niño explains only part of it.",
      publishedDateTime: "2024-02-09T06:12:00Z",
      webUrl: "https://www.bbc.co.uk/news/science-environment-68243815",
      category: "news",
      type: "article",
      quality: 15,
      heat: 42,
      published: true,
      provider: { name: "BBC News", domain: "bbc.co.uk" },
      topics: ["Climate", "Oceans"],
      images: [
        {
          url: local("images/sst-anomaly-heatmap.svg"),
          width: 600,
          height: 500,
          alt: "Heatmap of monthly sea-surface temperature anomaly from 2014 to 2024; 2023 and 2024 are markedly warmer than earlier years."
        }
      ],
      related: [
        {
          title: "Climate change and ocean warming: what the data show",
          excerpt: "An explainer on how sea-surface temperature is measured from ships, buoys and satellites.",
          webUrl: "https://www.bbc.co.uk/news/science-environment-68110310",
          type: "article",
          provider: { name: "BBC News", domain: "bbc.co.uk" }
        },
        {
          title: "Global ocean monitoring: sea-surface temperature anomalies",
          webUrl: "https://climate.copernicus.eu/climate-indicators/sea-surface-temperature",
          provider: { name: "Copernicus", domain: "copernicus.eu" }
        }
      ]
    },

    {
      title: "Startups are selling “graphene” that is mostly graphite, and a laser can tell",
      excerpt:
        "A Raman spectrometer needs about a minute per sample to separate single-layer flakes from ground-up pencil lead. The team behind the survey posted every spectrum at https://zenodo.org/records/10457312/files/commercial_graphene_raman_spectra_supplementary_dataset_v2_final_corrected.zip so buyers can check suppliers themselves,",
      publishedDateTime: "2026-11-22 13:45:00+00:00",
      webUrl: "https://arstechnica.com/science/2026/11/startups-graphene-mostly-graphite-raman/",
      category: "news",
      type: "article",
      quality: 13,
      heat: 27,
      published: true,
      provider: { name: "Ars Technica", domain: "arstechnica.com" },
      topics: ["Graphene", "Spectroscopy", "Materials Science"],
      images: [
        {
          url: local("images/raman-spectrum.svg"),
          width: 640,
          height: 360,
          alt: "Raman spectra of pristine and defective graphene showing D, G and 2D peaks; the defective sample has a strong D peak."
        }
      ],
      related: [
        {
          title: "The worldwide graphene flake production",
          excerpt: "We analysed samples from 60 producers and found that most contain less than 10% graphene,",
          publishedDateTime: "2018-09-18T15:00:00Z",
          webUrl: "https://onlinelibrary.wiley.com/doi/10.1002/adma.201803784",
          type: "paper",
          provider: { name: "Advanced Materials", domain: "wiley.com" },
          quality: 8
        }
      ]
    },

    {
      title: "Tiny robots made of DNA can fold themselves into working tweezers",
      excerpt:
        "Researchers have built nanoscale tweezers from folded strands of DNA that open and close in response to light, and used them to grab single protein molecules",
      publishedDateTime: "2021-10-05T17:00:00Z",
      webUrl: "https://www.newscientist.com/article/2292041-tiny-robots-made-of-dna-can-fold-themselves-into-working-tweezers/",
      category: "news",
      type: "article",
      quality: 10,
      heat: 8,
      provider: { name: "New Scientist", domain: "newscientist.com" },
      topics: ["Nanotechnology", "DNA Origami"],
      // This file does not exist: the card shows the quiet broken-image fallback.
      images: [
        {
          url: local("images/missing-figure.png"),
          width: 800,
          height: 600,
          alt: "DNA origami tweezers in open and closed states."
        }
      ]
    },

    {
      title: "Survey maps three uncharted seamounts west of the Azores",
      excerpt:
        "A multibeam sonar survey has charted three underwater mountains rising more than 2,500 metres from the seafloor, including one taller than any peak in the Alps below the waterline.",
      publishedDateTime: "2026-08-14T12:05:00Z",
      webUrl: "https://phys.org/news/2026-08-survey-uncharted-seamounts-azores.html",
      category: "news",
      type: "article",
      quality: 7,
      heat: 11,
      published: false,
      provider: { name: "Phys.org", domain: "phys.org" },
      topics: ["Oceanography", "Geology", "Mapping"],
      related: [
        {
          title: "Expedition log: new seamounts charted on the Mid-Atlantic Ridge flank",
          excerpt: "Day 19: the multibeam echosounder picked up a steep rise where the charts showed flat abyssal plain,",
          publishedDateTime: "2026-07-30 21:00:00+00:00",
          webUrl: "https://schmidtocean.org/cruise-log-post/new-seamounts-charted-mid-atlantic-ridge/",
          type: "blog",
          provider: { name: "Schmidt Ocean Institute", domain: "schmidtocean.org" },
          images: [
            {
              url: local("images/seamount-contours.svg"),
              width: 800,
              height: 450,
              alt: "Contour map of seafloor depth showing three seamounts and the survey ship's track."
            }
          ]
        },
        {
          title: "Seabed 2030: the global effort to map the ocean floor",
          webUrl: "https://seabed2030.org/"
        }
      ]
    },

    {
      title: "A compound with a very long name",
      excerpt:
        "Every so often a med-chem paper arrives with a systematic name that will not fit on any slide: (2S,3S,4S,5R,6S)-6-[[(3S,4aR,6aR,6bS,8aS,11S,12aR,14aR,14bS)-11-carboxy-4,4,6a,6b,8a,11,14b-heptamethyl-14-oxo-2,3,4a,5,6,7,8,9,10,12,12a-undecahydro-1H-picen-3-yl]oxy]-3,4,5-trihydroxyoxane-2-carboxylic acid is a fairly modest example.",
      publishedDateTime: "2019-01-23 13:30:00+00:00",
      webUrl: "https://www.science.org/content/blog-post/compound-very-long-name",
      category: "blog",
      type: "blog",
      quality: 5,
      heat: 2,
      published: true,
      provider: { name: "Science", domain: "science.org" },
      topics: ["Chemistry"]
    },

    {
      title: "Size-selected gold nanoparticles catalyse CO oxidation at room temperature",
      excerpt:
        "Gold clusters between 2 and 5 nm, deposited on amorphous carbon and imaged by transmission electron microscopy, oxidise carbon monoxide with turnover frequencies that peak sharply at a diameter of 3.2 nm,",
      publishedDateTime: "2023-07-10T15:00:00Z",
      webUrl: "https://www.nature.com/articles/s41565-023-01442-8",
      category: "paper",
      type: "paper",
      quality: 17,
      heat: 9,
      published: true,
      provider: { name: "Nature Nanotechnology", domain: "nature.com" },
      topics: ["Catalysis", "Nanoparticles", "Electron Microscopy", "Chemistry"],
      images: [
        {
          url: local("images/tem-nanoparticles.svg"),
          width: 520,
          height: 520,
          alt: "Transmission electron micrograph of dispersed gold nanoparticles on a carbon film, with a 50 nm scale bar."
        }
      ],
      related: [
        {
          title: "Gold catalysis: size really does matter",
          excerpt: "Why a few nanometres make the difference between an inert metal and a catalyst.",
          publishedDateTime: "2023-07-12 09:00:00+00:00",
          webUrl: "https://www.chemistryworld.com/news/gold-catalysis-size-really-does-matter/4017712.article",
          type: "news",
          provider: { name: "Chemistry World", domain: "chemistryworld.com" },
          quality: 6
        },
        {
          title: "Chemists find the sweet spot for gold nanocatalysts",
          publishedDateTime: "2023-07-10T16:00:00Z",
          webUrl: "https://www.eurekalert.org/news-releases/994512",
          type: "news",
          provider: { name: "EurekAlert!", domain: "eurekalert.org" }
        },
        {
          title: "Operando TEM of CO oxidation on supported Au clusters",
          excerpt: "Environmental TEM at 1 mbar CO/O2 shows facet-dependent restructuring of clusters below 4 nm",
          publishedDateTime: "2022-11-30T18:00:00Z",
          webUrl: "https://arxiv.org/abs/2211.17036",
          type: "paper",
          provider: { name: "arXiv", domain: "arxiv.org" },
          quality: 4
        },
        {
          title: "Nanoparticle catalysts",
          webUrl: "https://www.nature.com/subjects/nanoparticles"
        }
      ],
      secured: "4Upo96jTnChIYa2tmtz8nqq2cDFhVuMyWAGqWrFL9tkx5KqqK8qjQqhqvsDdtDto3NxYqGYAHICIMwCFT/Os+r/9KoLIznHu;NEO/2b1qd4+HoJ7EodTDmw=="
    }
  ];
})();
