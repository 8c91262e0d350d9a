// Words for what the bank stores as codes: domains and company types are fixed lists in the question schema;
// topics, competencies and concepts are ids in lower-case words joined by hyphens; time limits are minutes.
export const DOMAINS: Record<string, string> = {
  consumer: 'Consumer',
  b2b_saas: 'B2B SaaS',
  marketplace: 'Marketplace',
  fintech: 'Fintech',
  health: 'Health',
  developer_tools: 'Developer tools',
  hardware: 'Hardware',
  enterprise: 'Enterprise',
  public_sector: 'Public sector',
};

export const COMPANY_TYPES: Record<string, string> = {
  startup: 'Startup',
  growth: 'Growth-stage company',
  big_tech: 'Big tech',
  enterprise: 'Enterprise company',
  public: 'Public institution',
};

/** "enterprise-sales" → "enterprise sales"; "ab-test-basics" → "ab test basics". */
export function idWords(id: string): string {
  return id.replace(/[-_]+/g, ' ');
}

/** A tag of any sort, in words: the fixed lists first, since "enterprise" is both a domain and a type. */
export function tagLabel(tag: string): string {
  return DOMAINS[tag] ?? COMPANY_TYPES[tag] ?? idWords(tag);
}

export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 45 → "45 min"; 420 → "7 h"; 90 → "1 h 30 min". */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
