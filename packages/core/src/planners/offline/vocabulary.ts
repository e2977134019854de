import { KNOWN_DOMAINS } from "./knowledge/types.js";
import { KNOWLEDGE } from "./knowledge/domains/index.js";

/** Words a door can offer as completions: the domains the offline planner knows and its concept names. */
export interface PlannerVocabulary {
  domains: string[];
  concepts: string[];
}

/** Sorted, without repeats; read from the planner's own data, so it grows with the knowledge base. */
export function plannerVocabulary(): PlannerVocabulary {
  const domains = new Set<string>([...KNOWLEDGE.map((d) => d.domain), ...KNOWN_DOMAINS]);
  const concepts = new Set<string>();
  for (const module of KNOWLEDGE) {
    for (const concept of module.concepts) {
      concepts.add(concept.id.replace(/_/g, " "));
      for (const name of concept.names) concepts.add(name);
    }
  }
  return { domains: [...domains].sort(), concepts: [...concepts].sort() };
}
