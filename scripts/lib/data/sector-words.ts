/**
 * Everyday words editors type in `sectors` (often straight from an article) and the sector id
 * each one means. docs/DATA.md prints the same table ("Sector words"); a test keeps them equal.
 */
export const SECTOR_WORDS: Readonly<Record<string, string>> = {
  agri: 'agriculture',
  farming: 'agriculture',
  fisheries: 'agriculture',
  food: 'agriculture',
  energy: 'renewable_energy',
  renewables: 'renewable_energy',
  solar: 'renewable_energy',
  'clean energy': 'renewable_energy',
  chips: 'semiconductors',
  semiconductor: 'semiconductors',
  industry: 'manufacturing',
  'supporting industries': 'manufacturing',
  trade: 'trade_investment',
  investment: 'trade_investment',
  commerce: 'trade_investment',
  economy: 'trade_investment',
  business: 'trade_investment',
  travel: 'tourism',
  culture: 'culture_exchange',
  'cultural exchange': 'culture_exchange',
  'people-to-people': 'culture_exchange',
  exchange: 'culture_exchange',
  sports: 'culture_exchange',
  youth: 'culture_exchange',
  education: 'education_hr',
  'human resources': 'education_hr',
  hr: 'education_hr',
  training: 'education_hr',
  students: 'education_hr',
  labor: 'labour',
  workers: 'labour',
  'technical interns': 'labour',
  employment: 'labour',
  science: 'digital_innovation',
  technology: 'digital_innovation',
  innovation: 'digital_innovation',
  digital: 'digital_innovation',
  it: 'digital_innovation',
  dx: 'digital_innovation',
  'green growth': 'environment',
  waste: 'environment',
  water: 'environment',
  climate: 'climate_disaster',
  disaster: 'climate_disaster',
  'disaster prevention': 'climate_disaster',
  health: 'healthcare',
  medical: 'healthcare',
  medicine: 'healthcare',
  nursing: 'healthcare',
  logistics: 'aviation_logistics',
  ports: 'aviation_logistics',
  port: 'aviation_logistics',
  seaports: 'aviation_logistics',
  aviation: 'aviation_logistics',
  'air routes': 'aviation_logistics',
  shipping: 'aviation_logistics',
  transport: 'aviation_logistics',
  fairs: 'fairs_exhibitions',
  exhibitions: 'fairs_exhibitions',
  expo: 'fairs_exhibitions',
  infrastructure: 'urban_infrastructure',
  'urban development': 'urban_infrastructure',
  'urban planning': 'urban_infrastructure',
  construction: 'urban_infrastructure',
  urban: 'urban_infrastructure',
};

/** The sector id an everyday word means (case, spaces, `_`/`-` ignored), if listed and existing. */
export function sectorForWord(word: string, sectorIds: ReadonlySet<string>): string | undefined {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
  const id = Object.hasOwn(SECTOR_WORDS, key) ? SECTOR_WORDS[key] : undefined;
  return id !== undefined && sectorIds.has(id) ? id : undefined;
}
