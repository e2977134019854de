import type { DomainKnowledge } from "../types.js";

// Everyday health habits that surveys of students, workers and patients ask about, and how
// they go together: caffeine and screens cut sleep, short sleep raises stress and lowers grades.
export const wellbeing: DomainKnowledge = {
  domain: "general",
  words: [],
  concepts: [
    {
      id: "stress_level",
      names: ["stress level", "stress", "stress score", "perceived stress", "stress rating"],
      // Self-rated stress on 1-10: US adults average ~5 (APA Stress in America 2023).
      source: "American Psychological Association, Stress in America 2023 (average 5.0 on 1-10)",
      shape: { kind: "integer", distribution: "normal", mean: 5.5, sd: 2, min: 1, max: 10 },
    },
    {
      id: "caffeine_cups",
      names: ["cups of coffee", "coffee cups", "coffee per day", "coffees", "coffee intake", "caffeinated drinks", "cups of coffee per day", "caffeine drinks"],
      // US coffee drinkers average ~3 cups a day; many drink none.
      source: "National Coffee Association, National Coffee Data Trends 2023",
      shape: { kind: "integer", distribution: "poisson", mean: 2, min: 0, max: 12 },
    },
  ],
  links: [
    { from: "caffeine_cups", to: "sleep_hours", weight: -0.3, source: "Drake et al. (2013), caffeine 6 h before bed cuts sleep by ~1 h" },
    { from: "daily_social_minutes", to: "sleep_hours", weight: -0.3, source: "Hale & Guan (2015), screen time and sleep in youth: a systematic review" },
    { from: "sleep_hours", to: "stress_level", weight: -0.5, source: "APA Stress in America: adults who sleep less report higher stress" },
    { from: "sleep_hours", to: "gpa", weight: 0.25, source: "Okano et al. (2019), sleep quality and duration predict academic performance" },
    { from: "stress_level", to: "gpa", weight: -0.2 },
  ],
};
